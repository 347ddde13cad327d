<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.inspect.views</name>
    <message>
        <source>test example #</source>
        <translation>mẫu kiểm tra #</translation>
    </message>
    <message>
        <source>Which example of the test set (data the model never trained on)</source>
        <translation>Mẫu nào của tập kiểm tra (dữ liệu mô hình chưa từng học)</translation>
    </message>
    <message>
        <source>Draw my own</source>
        <translation>Tự vẽ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Điều mô hình thấy</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>Hình bạn vẽ</translation>
    </message>
    <message>
        <source>True class: {name}</source>
        <translation>Lớp đúng: {name}</translation>
    </message>
</context>
</TS>
