<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.train_view</name>
    <message>
        <source>The first samples come a few seconds after training starts.</source>
        <translation>Các mẫu đầu tiên xuất hiện vài giây sau khi bắt đầu huấn luyện.</translation>
    </message>
    <message>
        <source>Every few seconds the model writes from the prime at each temperature: low temperatures pick the likeliest characters (safe, repetitive), 1 follows the model&apos;s own odds, higher ones take more chances. Watch noise turn into words, or tunes. &apos;bpc&apos; (bits per character) is the loss in bits: how many yes/no questions the model still needs to guess the next character.</source>
        <translation>Cứ vài giây mô hình lại viết tiếp từ đoạn mồi ở mỗi nhiệt độ: nhiệt độ thấp chọn các ký tự có khả năng nhất (an toàn, lặp lại), 1 theo đúng xác suất của mô hình, cao hơn thì liều hơn. Hãy xem nhiễu biến thành chữ, hoặc thành giai điệu. &apos;bpc&apos; (bit mỗi ký tự) là hàm mất mát (loss) tính bằng bit: số câu hỏi có/không mà mô hình còn cần để đoán ký tự tiếp theo.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Viết</translation>
    </message>
    <message>
        <source>Tunes</source>
        <translation>Giai điệu</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>── temperature {t:g} ──</source>
        <translation>── nhiệt độ {t:g} ──</translation>
    </message>
    <message>
        <source>Sample {n}, during epoch {epoch} (written in {seconds:.1f} s)</source>
        <translation>Mẫu {n}, trong epoch {epoch} (viết trong {seconds:.1f} s)</translation>
    </message>
</context>
</TS>
