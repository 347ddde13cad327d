<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.reviews</name>
    <message>
        <source>word numbers, not scaled (the {n} words are 3 to {last}, 1 marks the start, 0 fills the front up to {maxlen} places); feed them to an Embedding layer with input_dim {dim}</source>
        <translation>số thứ tự của từ, không co giãn ({n} từ mang số 3 đến {last}, 1 đánh dấu chỗ bắt đầu, 0 lấp phần đầu cho đủ {maxlen} vị trí); hãy đưa chúng vào một lớp Embedding với input_dim {dim}</translation>
    </message>
    <message>
        <source>Tiny film reviews (generated)</source>
        <translation>Nhận xét phim tí hon (tự sinh)</translation>
    </message>
    <message>
        <source>How many reviews to write in all (train + test).</source>
        <translation>Tổng số bài nhận xét được viết (huấn luyện + kiểm tra).</translation>
    </message>
    <message>
        <source>Reviews are padded at the front (or cut) to this many places. The longest review has 20 words plus the start mark.</source>
        <translation>Các bài nhận xét được đệm ở đầu (hoặc cắt bớt) cho đủ chừng này vị trí. Bài dài nhất có 20 từ cộng với dấu bắt đầu.</translation>
    </message>
    <message>
        <source>Share of the reviews kept aside as the test set.</source>
        <translation>Tỉ lệ bài nhận xét để riêng làm tập kiểm tra (test).</translation>
    </message>
    <message>
        <source>The random seed: the same seed writes the same reviews.</source>
        <translation>Hạt giống ngẫu nhiên (seed): cùng một seed thì viết ra cùng những bài nhận xét đó.</translation>
    </message>
</context>
</TS>
