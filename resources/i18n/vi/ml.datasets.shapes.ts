<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.shapes</name>
    <message>
        <source>Made-up 28x28 grey pictures of circles, squares, triangles and crosses, each at a random place, size and tilt, with some pixel noise. Good for a first convolutional network.</source>
        <translation>Ảnh xám 28x28 tự tạo gồm hình tròn, hình vuông, tam giác và dấu chữ thập, mỗi hình ở vị trí, kích thước và góc nghiêng ngẫu nhiên, có chút nhiễu điểm ảnh. Hợp cho mạng tích chập đầu tiên.</translation>
    </message>
    <message>
        <source>How many pictures to draw in all.</source>
        <translation>Tổng số ảnh được vẽ.</translation>
    </message>
    <message>
        <source>Pixel noise (0 = clean pictures).</source>
        <translation>Nhiễu điểm ảnh (0 = ảnh sạch).</translation>
    </message>
    <message>
        <source>Picture width and height in pixels.</source>
        <translation>Chiều rộng và chiều cao của ảnh, tính bằng điểm ảnh.</translation>
    </message>
    <message>
        <source>Shapes (28x28)</source>
        <translation>Hình khối (28x28)</translation>
    </message>
</context>
</TS>
