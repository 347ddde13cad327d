<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.training</name>
    <message>
        <source>the data and the model do not fit together: {problem}</source>
        <translation>dữ liệu và mô hình không khớp nhau: {problem}</translation>
    </message>
</context>
</TS>
