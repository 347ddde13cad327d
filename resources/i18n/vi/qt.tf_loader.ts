<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.tf_loader</name>
    <message>
        <source>{problem} Using the automatic choice instead.</source>
        <translation>{problem} Dùng lựa chọn tự động thay thế.</translation>
    </message>
</context>
</TS>
