<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.problems</name>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Problem and how to fix it</source>
        <translation>Vấn đề và cách sửa</translation>
    </message>
    <message>
        <source>No problems: the model can be built.</source>
        <translation>Không có vấn đề: mô hình dựng được.</translation>
    </message>
    <message>
        <source>(model)</source>
        <translation>(mô hình)</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Apply this fix: {label}</source>
        <translation>Áp dụng cách sửa này: {label}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Vấn đề ({n})</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Select {node}</source>
        <translation>Chọn {node}</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Sao chép nội dung</translation>
    </message>
    <message>
        <source>the data and the training settings could not be checked ({error})</source>
        <translation>không kiểm tra được dữ liệu và các thiết lập huấn luyện ({error})</translation>
    </message>
</context>
</TS>
