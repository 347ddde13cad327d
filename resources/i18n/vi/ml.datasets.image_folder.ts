<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.image_folder</name>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: không có thư mục này</translation>
    </message>
    <message>
        <source>choose the folder that holds one sub-folder per class</source>
        <translation>hãy chọn thư mục chứa một thư mục con cho mỗi lớp (class)</translation>
    </message>
    <message>
        <source>color_mode must be &apos;rgb&apos; or &apos;grayscale&apos;, not {value!r}</source>
        <translation>color_mode phải là &apos;rgb&apos; hoặc &apos;grayscale&apos;, không phải {value!r}</translation>
    </message>
    <message>
        <source>image size {h}x{w} is too small</source>
        <translation>cỡ ảnh {h}x{w} quá nhỏ</translation>
    </message>
    <message>
        <source>use at least 8x8 pixels</source>
        <translation>hãy dùng ít nhất 8x8 điểm ảnh</translation>
    </message>
    <message>
        <source>{folder} has no sub-folders (the pictures lie loose in it)</source>
        <translation>{folder} không có thư mục con nào (các ảnh nằm rời ngay trong nó)</translation>
    </message>
    <message>
        <source>{folder} has no sub-folders</source>
        <translation>{folder} không có thư mục con nào</translation>
    </message>
    <message>
        <source>make one sub-folder per class (e.g. cats/ and dogs/) and put each picture in its own</source>
        <translation>hãy tạo một thư mục con cho mỗi lớp (class) (ví dụ cats/ và dogs/) và đặt mỗi ảnh vào thư mục của lớp nó</translation>
    </message>
    <message>
        <source>the class folder {folder} holds no pictures</source>
        <translation>thư mục lớp {folder} không chứa ảnh nào</translation>
    </message>
    <message>
        <source>put PNG or JPEG files in it, or remove the folder</source>
        <translation>hãy đặt tệp PNG hoặc JPEG vào đó, hoặc xóa thư mục đó đi</translation>
    </message>
    <message>
        <source>{folder} has only one class folder ({name})</source>
        <translation>{folder} chỉ có một thư mục lớp (class) ({name})</translation>
    </message>
    <message>
        <source>a classifier needs at least two: add another sub-folder of pictures</source>
        <translation>một mô hình phân lớp cần ít nhất hai lớp: thêm một thư mục con chứa ảnh nữa</translation>
    </message>
    <message>
        <source>{file} could not be read as a picture ({error})</source>
        <translation>không đọc được {file} như một ảnh ({error})</translation>
    </message>
    <message>
        <source>delete or replace that file</source>
        <translation>hãy xóa hoặc thay tệp đó</translation>
    </message>
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
