<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.plot_export</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Hình vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG image…</source>
        <translation>Lưu thành ảnh &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG drawing…</source>
        <translation>Lưu thành hình vẽ &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the numbers as &amp;CSV…</source>
        <translation>Lưu các con số thành &amp;CSV…</translation>
    </message>
    <message>
        <source>Save this plot as a picture (PNG, SVG) or its numbers as a table (CSV)</source>
        <translation>Lưu biểu đồ này thành ảnh (PNG, SVG) hoặc các con số của nó thành bảng (CSV)</translation>
    </message>
    <message>
        <source>This plot shows no numbers yet: train or load data first.</source>
        <translation>Biểu đồ này chưa có con số nào: hãy huấn luyện hoặc nạp dữ liệu trước.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose another folder or file name.</source>
        <translation>Không lưu được {path}: {reason}. Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>không ghi được ảnh</translation>
    </message>
    <message>
        <source>the drawing could not be written</source>
        <translation>không ghi được hình vẽ</translation>
    </message>
</context>
</TS>
