<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.eval_page</name>
    <message>
        <source>Train the model on the Train tab first: its test results appear here.</source>
        <translation>Hãy huấn luyện mô hình ở thẻ Huấn luyện trước: kết quả kiểm tra của nó sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Measuring the model on the test text and writing samples…</source>
        <translation>Đang đo mô hình trên văn bản kiểm tra và viết các mẫu…</translation>
    </message>
    <message>
        <source>&lt;b&gt;On the test text&lt;/b&gt; ({n_scored:,} windows the model never trained on): loss {loss:.3f} per character, that is &lt;b&gt;{bpc:.2f} bits per character&lt;/b&gt; (how many yes/no questions it still needs to guess the next character; a uniform guess over the {vocab} characters needs {uniform:.2f}); its likeliest character is the right one {accuracy:.1%} of the time.</source>
        <translation>&lt;b&gt;Trên văn bản kiểm tra&lt;/b&gt; ({n_scored:,} cửa sổ mà mô hình chưa từng huấn luyện): hàm mất mát (loss) {loss:.3f} mỗi ký tự, tức là &lt;b&gt;{bpc:.2f} bit mỗi ký tự&lt;/b&gt; (số câu hỏi có/không mà nó còn cần để đoán ký tự tiếp theo; đoán đều trên {vocab} ký tự cần {uniform:.2f}); ký tự có khả năng nhất của nó đúng {accuracy:.1%} số lần.</translation>
    </message>
    <message>
        <source>Samples from the start of the test text</source>
        <translation>Các mẫu viết từ đầu văn bản kiểm tra</translation>
    </message>
    <message>
        <source>&lt;b&gt;On {n_test:,} test sequences&lt;/b&gt;: {positions:.2%} of the answers are right, and {sequences:.2%} of the sequences are wholly right. The bars show each position.</source>
        <translation>&lt;b&gt;Trên {n_test:,} chuỗi kiểm tra&lt;/b&gt;: {positions:.2%} câu trả lời đúng, và {sequences:.2%} chuỗi đúng hoàn toàn. Các cột cho thấy từng vị trí.</translation>
    </message>
    <message>
        <source>The model could not be measured: {error}</source>
        <translation>Không đo được mô hình: {error}</translation>
    </message>
    <message>
        <source>Test example</source>
        <translation>Ví dụ kiểm tra</translation>
    </message>
    <message>
        <source>Right answers at each position</source>
        <translation>Câu trả lời đúng ở mỗi vị trí</translation>
    </message>
    <message>
        <source>position in the sequence</source>
        <translation>vị trí trong chuỗi</translation>
    </message>
    <message>
        <source>share right</source>
        <translation>tỉ lệ đúng</translation>
    </message>
    <message>
        <source>Which test sequence&apos;s attention maps to show (its number)</source>
        <translation>Hiện bản đồ chú ý của chuỗi kiểm tra nào (số thứ tự của nó)</translation>
    </message>
    <message>
        <source>── temperature {t:g} ──</source>
        <translation>── nhiệt độ {t:g} ──</translation>
    </message>
    <message>
        <source>The model answers {answers} ({right} of {n} right)</source>
        <translation>Mô hình trả lời {answers} (đúng {right} trên {n})</translation>
    </message>
    <message>
        <source>test sequence {i} of {n}</source>
        <translation>chuỗi kiểm tra {i} trên {n}</translation>
    </message>
</context>
</TS>
