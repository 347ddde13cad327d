<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.training</name>
    <message>
        <source>training.optimizer.type must be one of {names}, not {value!r}</source>
        <translation>training.optimizer.type phải là một trong {names}, không phải {value!r}</translation>
    </message>
    <message>
        <source>training.optimizer must be an object with a &apos;type&apos;</source>
        <translation>training.optimizer phải là một đối tượng có &apos;type&apos;</translation>
    </message>
    <message>
        <source>the learning rate must be a number above 0 (try 0.001), not {value}</source>
        <translation>tốc độ học (learning rate) phải là một số lớn hơn 0 (thử 0.001), không phải {value}</translation>
    </message>
    <message>
        <source>the {optimizer} optimizer has no setting {key!r}</source>
        <translation>bộ tối ưu {optimizer} không có thiết lập {key!r}</translation>
    </message>
    <message>
        <source>training.loss must be one of {names}, not {value!r}</source>
        <translation>training.loss phải là một trong {names}, không phải {value!r}</translation>
    </message>
    <message>
        <source>training.metrics may contain {names}</source>
        <translation>training.metrics chỉ có thể chứa {names}</translation>
    </message>
    <message>
        <source>training.{key} must be a whole number of at least {low}, not {value!r}</source>
        <translation>training.{key} phải là một số nguyên ít nhất bằng {low}, không phải {value!r}</translation>
    </message>
    <message>
        <source>training.validation_split must be between 0 and 1 (e.g. 0.2), not {value!r}</source>
        <translation>training.validation_split phải nằm giữa 0 và 1 (ví dụ 0.2), không phải {value!r}</translation>
    </message>
    <message>
        <source>training.{key} must be empty or a number above 0, not {value!r}</source>
        <translation>training.{key} phải để trống hoặc là một số lớn hơn 0, không phải {value!r}</translation>
    </message>
    <message>
        <source>training.schedule.type must be one of {names}</source>
        <translation>training.schedule.type phải là một trong {names}</translation>
    </message>
    <message>
        <source>training.early_stopping must be an object</source>
        <translation>training.early_stopping phải là một đối tượng</translation>
    </message>
    <message>
        <source>early stopping patience must be a whole number of epochs (e.g. 5)</source>
        <translation>độ kiên nhẫn (patience) của dừng sớm phải là một số nguyên epoch (ví dụ 5)</translation>
    </message>
    <message>
        <source>the seed must be a whole number from 0 to {max} (e.g. 0), or empty for a different shuffle each run, not {value}</source>
        <translation>seed phải là một số nguyên từ 0 đến {max} (ví dụ 0), hoặc để trống để mỗi lần chạy xáo trộn khác nhau, không phải {value}</translation>
    </message>
    <message>
        <source>NaN (not a number)</source>
        <translation>NaN (không phải một số)</translation>
    </message>
    <message>
        <source>infinity</source>
        <translation>vô cực</translation>
    </message>
    <message>
        <source>minus infinity</source>
        <translation>âm vô cực</translation>
    </message>
</context>
</TS>
