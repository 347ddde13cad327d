<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.build</name>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (và 1 vấn đề khác)</translation>
    </message>
    <message>
        <source>{problem} (and {n} more problems)</source>
        <translation>{problem} (và {n} vấn đề khác)</translation>
    </message>
    <message>
        <source>Keras could not assemble the model: {error}</source>
        <translation>Keras không lắp ráp được mô hình: {error}</translation>
    </message>
    <message>
        <source>check that every output is connected to an Input</source>
        <translation>kiểm tra rằng mọi đầu ra đều được nối tới một lớp Input</translation>
    </message>
</context>
</TS>
