<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.export_debias</name>
    <message>
        <source>the debiasing settings have a problem: {problem}</source>
        <translation>cài đặt khử thiên lệch có vấn đề: {problem}</translation>
    </message>
    <message>
        <source>change it in the Train tab&apos;s settings</source>
        <translation>hãy đổi nó trong phần cài đặt của thẻ Huấn luyện</translation>
    </message>
</context>
</TS>
