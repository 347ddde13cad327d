<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.biased_shapes</name>
    <message>
        <source>Biased shapes (28x28, a rare style)</source>
        <translation>Hình khối lệch (28x28, kiểu hiếm)</translation>
    </message>
    <message>
        <source>How many training pictures to draw.</source>
        <translation>Vẽ bao nhiêu ảnh huấn luyện.</translation>
    </message>
    <message>
        <source>How many test pictures (half of each style).</source>
        <translation>Bao nhiêu ảnh kiểm tra (mỗi kiểu một nửa).</translation>
    </message>
    <message>
        <source>Share of the training pictures drawn inverted, like a photo negative (the rare style).</source>
        <translation>Tỉ lệ ảnh huấn luyện được vẽ đảo màu, như phim âm bản (kiểu hiếm).</translation>
    </message>
    <message>
        <source>Pixel noise (0 = clean pictures).</source>
        <translation>Nhiễu điểm ảnh (0 = ảnh sạch).</translation>
    </message>
    <message>
        <source>The random seed: the same seed draws the same pictures.</source>
        <translation>Hạt giống ngẫu nhiên (seed): cùng một seed thì vẽ ra cùng những ảnh đó.</translation>
    </message>
    <message>
        <source>divided by 255 (now 0..1)</source>
        <translation>chia cho 255 (giờ trong khoảng 0..1)</translation>
    </message>
</context>
</TS>
