<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.shapes_text</name>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>Shapes are for one example: (28, 28, 1) is one 28×28 grey image. Keras also puts the batch (how many examples go through at once) in front, shown as None in Keras&apos;s own summary; &apos;any&apos; marks a size that may vary.</source>
        <translation>Kích thước là của một mẫu dữ liệu: (28, 28, 1) là một ảnh xám 28×28. Keras còn đặt thêm kích thước lô (batch: bao nhiêu mẫu dữ liệu đi qua cùng lúc) ở phía trước, hiện là None trong bản tóm tắt của chính Keras; &apos;bất kỳ&apos; (any) đánh dấu một kích thước có thể thay đổi.</translation>
    </message>
    <message>
        <source>Shapes are for one example; Keras adds the batch size in front (None in its summary).</source>
        <translation>Kích thước của một mẫu; Keras thêm kích thước lô ở đầu (None trong summary của Keras).</translation>
    </message>
</context>
</TS>
