<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.build</name>
    <message>
        <source>Keras could not build {node} ({type}): {error}</source>
        <translation>Keras không dựng được {node} ({type}): {error}</translation>
    </message>
    <message>
        <source>check this layer&apos;s settings and the shape of what feeds it</source>
        <translation>kiểm tra thiết lập của lớp này và hình dạng (shape) của đầu vào đưa vào nó</translation>
    </message>
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
