<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.gan_samples</name>
    <message>
        <source>Train the GAN on the Train tab first: its generator&apos;s samples appear here.</source>
        <translation>Hãy huấn luyện GAN ở thẻ Huấn luyện trước: mẫu của bộ sinh hiện ở đây.</translation>
    </message>
    <message>
        <source>The generator is making samples…</source>
        <translation>Bộ sinh đang tạo mẫu…</translation>
    </message>
    <message>
        <source>64 samples the generator made from new random noise (each picture from its own noise vector). Press New noise for 64 more: a healthy generator gives varied samples every time.</source>
        <translation>64 mẫu bộ sinh tạo từ nhiễu ngẫu nhiên mới (mỗi ảnh từ một vectơ nhiễu riêng). Nhấn Nhiễu mới để có thêm 64 mẫu: một bộ sinh khỏe cho mẫu đa dạng mỗi lần.</translation>
    </message>
    <message>
        <source>{n} points the generator made from new random noise (orange) over the real points (blue).</source>
        <translation>{n} điểm bộ sinh tạo từ nhiễu ngẫu nhiên mới (cam) trên nền các điểm thật (xanh).</translation>
    </message>
    <message>
        <source>The generator could not make samples: {error}</source>
        <translation>Bộ sinh không tạo được mẫu: {error}</translation>
    </message>
    <message>
        <source>New noise</source>
        <translation>Nhiễu mới</translation>
    </message>
    <message>
        <source>Draw new random noise and let the generator turn it into samples.</source>
        <translation>Rút nhiễu ngẫu nhiên mới và để bộ sinh biến nó thành mẫu.</translation>
    </message>
    <message>
        <source>Generated samples</source>
        <translation>Mẫu được sinh</translation>
    </message>
    <message>
        <source>Generated and real points</source>
        <translation>Điểm được sinh và điểm thật</translation>
    </message>
    <message>
        <source>Modes covered: {n} of {total}.</source>
        <translation>Số cụm đã phủ: {n}/{total}.</translation>
    </message>
</context>
</TS>
