<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.reviews</name>
    <message>
        <source>Made-up film reviews of 5 to 20 words, such as &quot;the plot was not good but the actors were very funny&quot;, written with 87 English words. A fixed rule labels each one: every opinion word counts one point, for (good, fun, ...) or against (bad, dull, ...); &quot;very&quot;, &quot;really&quot; or &quot;so&quot; just before it makes it count two; &quot;not&quot; or &quot;never&quot; just before it turns it around. More points for than against make the review positive. Because &quot;not&quot; changes the word after it, the order of the words matters: a good first set for an LSTM. Each word is stored as a whole number, as in IMDB.</source>
        <translation>Các bài nhận xét phim tự tạo dài 5 đến 20 từ, như &quot;the plot was not good but the actors were very funny&quot;, viết bằng 87 từ tiếng Anh. Một quy tắc cố định gán nhãn cho từng bài: mỗi từ thể hiện ý kiến được một điểm, ủng hộ (good, fun, ...) hoặc phản đối (bad, dull, ...); &quot;very&quot;, &quot;really&quot; hoặc &quot;so&quot; đứng ngay trước nó làm nó được tính hai điểm; &quot;not&quot; hoặc &quot;never&quot; đứng ngay trước nó đảo ngược nó. Điểm ủng hộ nhiều hơn điểm phản đối thì bài nhận xét là tích cực. Vì &quot;not&quot; làm thay đổi từ đứng sau nó nên thứ tự các từ là quan trọng: một tập đầu tiên tốt cho LSTM. Mỗi từ được lưu dưới dạng một số nguyên, như trong IMDB.</translation>
    </message>
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
