<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>rl.trainers.base</name>
    <message>
        <source>the {kind} settings have a problem: {problem}</source>
        <translation>thiết lập {kind} có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix it in the Train tab&apos;s settings (the project&apos;s &apos;algorithm&apos;)</source>
        <translation>sửa nó trong phần thiết lập của thẻ Huấn luyện (mục &apos;algorithm&apos; của dự án)</translation>
    </message>
    <message>
        <source>the network does not fit the task: {problem}</source>
        <translation>mạng không khớp với bài toán: {problem}</translation>
    </message>
</context>
</TS>
