<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.curves</name>
    <message>
        <source>Loss</source>
        <translation>Hàm mất mát (loss)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Mean absolute error</source>
        <translation>Sai số tuyệt đối trung bình</translation>
    </message>
    <message>
        <source>Mean squared error</source>
        <translation>Sai số bình phương trung bình</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tốc độ học</translation>
    </message>
    <message>
        <source>Bits per character (the loss / ln 2)</source>
        <translation>Bit trên mỗi ký tự (loss / ln 2)</translation>
    </message>
    <message>
        <source>Discriminator loss</source>
        <translation>Loss của bộ phân biệt</translation>
    </message>
    <message>
        <source>Generator loss</source>
        <translation>Loss của bộ sinh</translation>
    </message>
    <message>
        <source>D(real): the discriminator&apos;s answer for real samples</source>
        <translation>D(real): câu trả lời của bộ phân biệt cho mẫu thật</translation>
    </message>
    <message>
        <source>D(fake): its answer for generated samples</source>
        <translation>D(fake): câu trả lời của nó cho mẫu được sinh</translation>
    </message>
    <message>
        <source>Variety of the samples</source>
        <translation>Độ đa dạng của các mẫu</translation>
    </message>
    <message>
        <source>KL divergence of the codes from N(0, 1)</source>
        <translation>Độ phân kỳ KL của các mã so với N(0, 1)</translation>
    </message>
    <message>
        <source>Reconstruction loss</source>
        <translation>Loss tái tạo</translation>
    </message>
    <message>
        <source>VAE loss (rebuilding + beta x KL)</source>
        <translation>Loss của VAE (tái tạo + beta x KL)</translation>
    </message>
    <message>
        <source>Loss with the VAE&apos;s weights</source>
        <translation>Loss với trọng số của VAE</translation>
    </message>
    <message>
        <source>Accuracy with the VAE&apos;s weights</source>
        <translation>Độ chính xác với trọng số của VAE</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Độ dài lượt chơi</translation>
    </message>
    <message>
        <source>Epsilon</source>
        <translation>Epsilon</translation>
    </message>
    <message>
        <source>Buffer fill</source>
        <translation>Độ đầy bộ nhớ phát lại</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropy</translation>
    </message>
    <message>
        <source>Value loss</source>
        <translation>Loss của hàm giá trị</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>lượt chơi</translation>
    </message>
</context>
</TS>
