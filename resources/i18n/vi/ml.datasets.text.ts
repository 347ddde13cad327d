<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.text</name>
    <message>
        <source>Folk tunes in ABC notation, written by rule from a seed (deskdl.core.abc_corpus): reels, jigs, slip jigs, waltzes and polkas in major, minor, dorian and mixolydian keys, each with its headers (X number, T title, M metre, L note length, K key), two 8-bar parts played twice (|: :|, first and second endings) and bars whose note lengths add up to the metre. A character model learns to write new tunes from it.</source>
        <translation>Các bài nhạc dân gian viết bằng ký hiệu ABC, được viết theo quy tắc từ một seed (deskdl.core.abc_corpus): reel, jig, slip jig, valse và polka ở các giọng trưởng, thứ, dorian và mixolydian, mỗi bài có phần đầu (X số thứ tự, T tên bài, M nhịp, L độ dài nốt, K giọng), hai đoạn 8 ô nhịp chơi hai lần (|: :|, kết thứ nhất và thứ hai) và các ô nhịp có tổng độ dài nốt đúng bằng nhịp. Một mô hình theo ký tự học cách viết bài mới từ đó.</translation>
    </message>
    <message>
        <source>Sequences of random digits 0-9; the answer is one digit per place: the sequence read backwards (reverse) or in increasing order (sort). To reverse, answer place i must look at input place 9 - i: an attention head that learns this shows an anti-diagonal.</source>
        <translation>Các chuỗi chữ số ngẫu nhiên 0-9; đáp án là một chữ số ở mỗi vị trí: chuỗi đọc ngược (reverse) hoặc xếp tăng dần (sort). Để đảo ngược, vị trí đáp án i phải nhìn vào vị trí đầu vào 9 - i: một đầu chú ý (attention head) học được điều này sẽ hiện một đường chéo ngược.</translation>
    </message>
    <message>
        <source>Each example is this many characters of the text; the answer is the character after them.</source>
        <translation>Mỗi mẫu dữ liệu là chừng này ký tự của văn bản; đáp án là ký tự ngay sau chúng.</translation>
    </message>
    <message>
        <source>the text has {n} characters, too few for windows of {seq_len} in both the training and the test part</source>
        <translation>văn bản có {n} ký tự, quá ít cho các cửa sổ dài {seq_len} ở cả phần huấn luyện lẫn phần kiểm tra</translation>
    </message>
    <message>
        <source>use a longer text, or shorter windows (seq_len)</source>
        <translation>hãy dùng văn bản dài hơn, hoặc cửa sổ ngắn hơn (seq_len)</translation>
    </message>
    <message>
        <source>character numbers, not scaled (the {n} characters of the text are 0 to {last}); feed them to an Embedding layer with input_dim {n}</source>
        <translation>số thứ tự của ký tự, không co giãn ({n} ký tự của văn bản mang số 0 đến {last}); hãy đưa chúng vào một lớp Embedding với input_dim {n}</translation>
    </message>
    <message>
        <source>Your own text, read as UTF-8: the model learns which character comes next.</source>
        <translation>Văn bản của chính bạn, đọc theo UTF-8: mô hình học xem ký tự nào đến tiếp theo.</translation>
    </message>
    <message>
        <source>digits as token numbers 0-9, not scaled; feed them to an Embedding layer with input_dim 10</source>
        <translation>các chữ số là số token 0-9, không co giãn; hãy đưa chúng vào một lớp Embedding với input_dim 10</translation>
    </message>
    <message>
        <source>A window starts every this many characters (1 = every character; 3 gives a third as many examples).</source>
        <translation>Cứ cách chừng này ký tự thì bắt đầu một cửa sổ (1 = ở mọi ký tự; 3 cho số mẫu dữ liệu bằng một phần ba).</translation>
    </message>
    <message>
        <source>Share of the text, at its end, kept aside as the test part.</source>
        <translation>Tỉ lệ văn bản, lấy ở cuối, để riêng làm phần kiểm tra (test).</translation>
    </message>
    <message>
        <source>Folk tunes in ABC (generated)</source>
        <translation>Nhạc dân gian ABC (tự sinh)</translation>
    </message>
    <message>
        <source>How many tunes to write (about 240 characters each).</source>
        <translation>Viết bao nhiêu bài (mỗi bài khoảng 240 ký tự).</translation>
    </message>
    <message>
        <source>The random seed: the same seed writes the same tunes.</source>
        <translation>Hạt giống ngẫu nhiên (seed): cùng một seed thì viết ra cùng những bài đó.</translation>
    </message>
    <message>
        <source>Reverse or sort digits (generated)</source>
        <translation>Đảo/xếp chữ số (tự sinh)</translation>
    </message>
    <message>
        <source>reverse: the digits backwards; sort: in increasing order.</source>
        <translation>reverse: các chữ số theo thứ tự ngược; sort: theo thứ tự tăng dần.</translation>
    </message>
    <message>
        <source>How many sequences in all (train + test).</source>
        <translation>Tổng số chuỗi (huấn luyện + kiểm tra).</translation>
    </message>
    <message>
        <source>Digits in each sequence.</source>
        <translation>Số chữ số trong mỗi chuỗi.</translation>
    </message>
    <message>
        <source>Your text (.txt, .abc)</source>
        <translation>Văn bản của bạn (.txt, .abc)</translation>
    </message>
    <message>
        <source>A UTF-8 text file of your own (a book, poems, songs in ABC): a character model learns which character comes next in it.</source>
        <translation>Một tệp văn bản UTF-8 của chính bạn (một cuốn sách, thơ, bài hát viết bằng ABC): một mô hình theo ký tự học xem ký tự nào đến tiếp theo trong đó.</translation>
    </message>
    <message>
        <source>The UTF-8 .txt or .abc file.</source>
        <translation>Tệp .txt hoặc .abc mã hóa UTF-8.</translation>
    </message>
</context>
</TS>
