<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.trainers.attention</name>
    <message>
        <source>the settings have a problem: {problem}</source>
        <translation>cài đặt có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>fix it in the Train tab&apos;s settings</source>
        <translation>hãy sửa nó trong phần cài đặt của thẻ Huấn luyện</translation>
    </message>
</context>
</TS>
