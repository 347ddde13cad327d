<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>rl.trainers.base</name>
    <message>
        <source>the network does not fit the task: {problem}</source>
        <translation>mạng không khớp với bài toán: {problem}</translation>
    </message>
</context>
</TS>
