<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.palette</name>
    <message>
        <source>Search layers (Ctrl+F)</source>
        <translation>Tìm lớp (Ctrl+F)</translation>
    </message>
    <message>
        <source>Drag a layer onto the canvas, or double-click it to add it after the selected layer.</source>
        <translation>Kéo một lớp vào khung vẽ, hoặc nhấp đúp để thêm nó vào sau lớp đang chọn.</translation>
    </message>
    <message>
        <source>No layer matches “{text}”.</source>
        <translation>Không có lớp nào khớp với “{text}”.</translation>
    </message>
</context>
</TS>
