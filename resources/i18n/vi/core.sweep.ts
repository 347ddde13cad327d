<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.sweep</name>
    <message>
        <source>no values given for {name}</source>
        <translation>chưa có giá trị nào cho {name}</translation>
    </message>
    <message>
        <source>write values after the &apos;=&apos;, e.g. {name}=0.001,0.01 or {name}=log(1e-4,1e-1,4)</source>
        <translation>hãy viết các giá trị sau dấu &apos;=&apos;, ví dụ {name}=0.001,0.01 hoặc {name}=log(1e-4,1e-1,4)</translation>
    </message>
    <message>
        <source>{name}: the ends of {text} must be numbers</source>
        <translation>{name}: hai đầu của {text} phải là số</translation>
    </message>
    <message>
        <source>write e.g. {scale}(1e-4,1e-1,4)</source>
        <translation>hãy viết ví dụ {scale}(1e-4,1e-1,4)</translation>
    </message>
    <message>
        <source>{name}: a log range needs ends above 0, not {text}</source>
        <translation>{name}: một khoảng log cần hai đầu lớn hơn 0, không phải {text}</translation>
    </message>
    <message>
        <source>use lin(...) for ranges that reach 0 or below, or start at e.g. 1e-5</source>
        <translation>hãy dùng lin(...) cho các khoảng chạm tới 0 hoặc thấp hơn, hoặc bắt đầu từ ví dụ 1e-5</translation>
    </message>
    <message>
        <source>{name}: the count in {text} must be a whole number of at least 1</source>
        <translation>{name}: số lượng trong {text} phải là một số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>write e.g. {scale}({low},{high},4)</source>
        <translation>hãy viết ví dụ {scale}({low},{high},4)</translation>
    </message>
    <message>
        <source>{name}: cannot read {text}</source>
        <translation>{name}: không đọc được {text}</translation>
    </message>
    <message>
        <source>write a list (0.1,0.2), lin(LOW,HIGH,COUNT) or log(LOW,HIGH,COUNT)</source>
        <translation>hãy viết một danh sách (0.1,0.2), lin(THẤP,CAO,SỐ_LƯỢNG) hoặc log(THẤP,CAO,SỐ_LƯỢNG)</translation>
    </message>
    <message>
        <source>write values after the &apos;=&apos;, e.g. {name}=0.001,0.01</source>
        <translation>hãy viết các giá trị sau dấu &apos;=&apos;, ví dụ {name}=0.001,0.01</translation>
    </message>
    <message>
        <source>--set {arg} has no &apos;=&apos;</source>
        <translation>--set {arg} không có dấu &apos;=&apos;</translation>
    </message>
    <message>
        <source>write --set NAME=VALUES, e.g. --set learning_rate=0.001,0.01</source>
        <translation>hãy viết --set TÊN=GIÁ_TRỊ, ví dụ --set learning_rate=0.001,0.01</translation>
    </message>
    <message>
        <source>--set {arg} names no setting</source>
        <translation>--set {arg} không nêu tên thiết lập nào</translation>
    </message>
    <message>
        <source>write --set NAME=VALUES, e.g. --set batch_size=16,64</source>
        <translation>hãy viết --set TÊN=GIÁ_TRỊ, ví dụ --set batch_size=16,64</translation>
    </message>
    <message>
        <source>the sweep varies nothing</source>
        <translation>đợt quét không thay đổi thiết lập nào</translation>
    </message>
    <message>
        <source>name at least one setting, e.g. --set learning_rate=0.001,0.01</source>
        <translation>hãy nêu ít nhất một thiết lập, ví dụ --set learning_rate=0.001,0.01</translation>
    </message>
    <message>
        <source>{name} is set twice</source>
        <translation>{name} được đặt hai lần</translation>
    </message>
    <message>
        <source>give all of {name}&apos;s values in one --set {name}=...</source>
        <translation>hãy đưa mọi giá trị của {name} vào một --set {name}=...</translation>
    </message>
    <message>
        <source>{name} is a range without a count, which only random search can use</source>
        <translation>{name} là một khoảng không nêu số lượng, chỉ dùng được với tìm kiếm ngẫu nhiên</translation>
    </message>
    <message>
        <source>add a count, e.g. log(1e-4,1e-1,4), or ask for random search (--random N)</source>
        <translation>hãy thêm số lượng, ví dụ log(1e-4,1e-1,4), hoặc chọn tìm kiếm ngẫu nhiên (--random N)</translation>
    </message>
    <message>
        <source>the grid has {total} runs (more than {limit})</source>
        <translation>lưới có {total} lần chạy (nhiều hơn {limit})</translation>
    </message>
    <message>
        <source>use fewer values, a budget of runs, or random search (--random N)</source>
        <translation>hãy dùng ít giá trị hơn, giới hạn số lần chạy, hoặc tìm kiếm ngẫu nhiên (--random N)</translation>
    </message>
    <message>
        <source>random search needs at least 1 run, not {n}</source>
        <translation>tìm kiếm ngẫu nhiên cần ít nhất 1 lần chạy, không phải {n}</translation>
    </message>
    <message>
        <source>write e.g. --random 8</source>
        <translation>hãy viết ví dụ --random 8</translation>
    </message>
    <message>
        <source>layer {layer} ({type}) has no setting {name}</source>
        <translation>lớp {layer} ({type}) không có thiết lập {name}</translation>
    </message>
    <message>
        <source>use one of: {names}</source>
        <translation>hãy dùng một trong các thiết lập: {names}</translation>
    </message>
    <message>
        <source>there is no layer {layer} in the model</source>
        <translation>mô hình không có lớp {layer}</translation>
    </message>
    <message>
        <source>name a layer of the model: {layers}</source>
        <translation>hãy nêu tên một lớp của mô hình: {layers}</translation>
    </message>
    <message>
        <source>unknown setting {name}</source>
        <translation>không có thiết lập nào tên {name}</translation>
    </message>
    <message>
        <source>use {names}, a layer&apos;s LAYER.PARAM (e.g. {layer}.units), training.KEY or algorithm.KEY</source>
        <translation>hãy dùng {names}, LAYER.PARAM của một lớp (ví dụ {layer}.units), training.KEY hoặc algorithm.KEY</translation>
    </message>
</context>
</TS>
