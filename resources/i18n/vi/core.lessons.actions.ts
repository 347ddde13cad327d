<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.lessons.actions</name>
    <message>
        <source>&apos;{op}&apos; needs an open project: open a template or project first</source>
        <translation>&apos;{op}&apos; cần một dự án đang mở: hãy mở một mẫu hoặc một dự án trước</translation>
    </message>
    <message>
        <source>add_layer: {after} does not feed {before}, so there is no link to put the layer on</source>
        <translation>add_layer: {after} không cấp đầu vào cho {before}, nên không có đường nối nào để đặt lớp lên</translation>
    </message>
    <message>
        <source>unknown action {op}</source>
        <translation>hành động không rõ {op}</translation>
    </message>
</context>
</TS>
