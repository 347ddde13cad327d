<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.lessons.controller</name>
    <message>
        <source>Show me: {title}</source>
        <translation>Làm mẫu: {title}</translation>
    </message>
    <message>
        <source>{action}: the model has no layer {layer}</source>
        <translation>{action}: mô hình không có lớp {layer}</translation>
    </message>
    <message>
        <source>unknown action {action}</source>
        <translation>thao tác không rõ {action}</translation>
    </message>
    <message>
        <source>{action}: the model refused this change (see the status bar)</source>
        <translation>{action}: mô hình không nhận thay đổi này (xem thanh trạng thái)</translation>
    </message>
    <message>
        <source>add_layer: {after} does not feed {before}, so there is no link to put the layer on</source>
        <translation>add_layer: {after} không nối vào {before}, nên không có liên kết nào để đặt lớp lên</translation>
    </message>
    <message>
        <source>add_layer: {layer} could not be added (see the status bar)</source>
        <translation>add_layer: không thêm được {layer} (xem thanh trạng thái)</translation>
    </message>
    <message>
        <source>add_layer: {layer} could not be linked into {before}</source>
        <translation>add_layer: không nối được {layer} vào {before}</translation>
    </message>
    <message>
        <source>delete_layer: {layer} could not be deleted</source>
        <translation>delete_layer: không xóa được {layer}</translation>
    </message>
</context>
</TS>
