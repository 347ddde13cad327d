<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.drawing_pad</name>
    <message>
        <source>Draw here with the mouse. The model sees a shrunken copy (shown beside).</source>
        <translation>Vẽ ở đây bằng chuột. Mô hình nhìn thấy một bản thu nhỏ (hiện bên cạnh).</translation>
    </message>
</context>
</TS>
