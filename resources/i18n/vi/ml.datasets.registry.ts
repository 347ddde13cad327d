<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.registry</name>
    <message>
        <source>there is no data set called {id!r}</source>
        <translation>không có tập dữ liệu nào tên {id!r}</translation>
    </message>
    <message>
        <source>choose one of: {names}</source>
        <translation>hãy chọn một trong: {names}</translation>
    </message>
    <message>
        <source>the project&apos;s data settings must name a data set, e.g. {example}</source>
        <translation>phần thiết lập dữ liệu của dự án phải nêu tên một tập dữ liệu, ví dụ {example}</translation>
    </message>
    <message>
        <source>data.params must be an object of settings</source>
        <translation>data.params phải là một đối tượng chứa các thiết lập</translation>
    </message>
</context>
</TS>
