<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.canvas.view</name>
    <message>
        <source>Drag a layer from the palette onto the canvas to start,
or double-click one to add it here.</source>
        <translation>Kéo một lớp từ danh sách Các lớp vào khung vẽ để bắt đầu,
hoặc nhấp đúp vào một lớp để thêm nó vào đây.</translation>
    </message>
</context>
</TS>
