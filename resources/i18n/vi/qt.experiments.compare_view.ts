<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.experiments.compare_view</name>
    <message>
        <source>The runs differ in this setting.</source>
        <translation>Các lần chạy khác nhau ở thiết lập này.</translation>
    </message>
    <message>
        <source>Settings that differ are highlighted and listed first; scores come last.</source>
        <translation>Các thiết lập khác nhau được tô nổi và xếp lên đầu; điểm số nằm cuối cùng.</translation>
    </message>
    <message>
        <source>Only the settings that differ</source>
        <translation>Chỉ các thiết lập khác nhau</translation>
    </message>
</context>
</TS>
