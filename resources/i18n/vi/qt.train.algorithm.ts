<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.algorithm</name>
    <message>
        <source>{kind} settings</source>
        <translation>Cài đặt {kind}</translation>
    </message>
</context>
</TS>
