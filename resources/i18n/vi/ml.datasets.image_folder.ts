<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.image_folder</name>
    <message>
        <source>Your pictures in {folder}: {n} images in {classes} classes, resized to {h}x{w}.</source>
        <translation>Ảnh của bạn trong {folder}: {n} ảnh thuộc {classes} lớp (class), đổi cỡ về {h}x{w}.</translation>
    </message>
    <message>
        <source>Your pictures (folder)</source>
        <translation>Ảnh của bạn (thư mục)</translation>
    </message>
    <message>
        <source>A folder with one sub-folder per class, each full of pictures (PNG or JPEG). The sub-folder names become the class names.</source>
        <translation>Một thư mục có một thư mục con cho mỗi lớp (class), mỗi thư mục con chứa ảnh (PNG hoặc JPEG). Tên các thư mục con thành tên các lớp.</translation>
    </message>
    <message>
        <source>The folder holding one sub-folder per class.</source>
        <translation>Thư mục chứa một thư mục con cho mỗi lớp (class).</translation>
    </message>
    <message>
        <source>Pictures are resized to this height and width.</source>
        <translation>Ảnh được đổi cỡ về chiều cao và chiều rộng này.</translation>
    </message>
    <message>
        <source>Colour (3 channels) or grey (1).</source>
        <translation>Màu (3 kênh) hoặc xám (1 kênh).</translation>
    </message>
</context>
</TS>
