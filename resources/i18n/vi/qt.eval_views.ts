<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.eval_views</name>
    <message>
        <source>Rows: the true class; columns: the class the model chose. The diagonal holds the right answers. Colour is each true class&apos;s share (a row adds up to 100%); the numbers are counts.</source>
        <translation>Hàng: lớp (class) đúng; cột: lớp mô hình đã chọn. Đường chéo là các câu trả lời đúng. Màu là tỉ lệ trong mỗi lớp đúng (mỗi hàng cộng lại 100%); các con số là số lượng.</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>lớp đúng</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>lớp dự đoán</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>Ma trận nhầm lẫn</translation>
    </message>
    <message>
        <source>What the model thinks</source>
        <translation>Mô hình nghĩ gì</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>xác suất</translation>
    </message>
</context>
</TS>
