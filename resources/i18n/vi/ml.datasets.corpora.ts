<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>ml.datasets.corpora</name>
    <message>
        <source>Nietzsche&apos;s writings (download)</source>
        <translation>Tác phẩm của Nietzsche (tải về)</translation>
    </message>
    <message>
        <source>About 600,000 characters of Friedrich Nietzsche&apos;s writings in English translation (Beyond Good and Evil), the text of Keras&apos;s own character-LSTM example. About 0.6 MB, downloaded into the Keras cache only when you press Download.</source>
        <translation>Khoảng 600.000 ký tự trích từ tác phẩm của Friedrich Nietzsche, bản dịch tiếng Anh (Beyond Good and Evil), chính là văn bản trong ví dụ LSTM theo ký tự của Keras. Khoảng 0,6 MB, chỉ được tải vào bộ nhớ đệm (cache) của Keras khi bạn bấm Tải về.</translation>
    </message>
    <message>
        <source>Shakespeare (download)</source>
        <translation>Shakespeare (tải về)</translation>
    </message>
    <message>
        <source>About 1.1 million characters of Shakespeare&apos;s plays (Andrej Karpathy&apos;s &apos;tiny Shakespeare&apos;), the text of TensorFlow&apos;s text-generation tutorial: speakers&apos; names, then their lines. About 1.1 MB, downloaded into the Keras cache only when you press Download.</source>
        <translation>Khoảng 1,1 triệu ký tự từ các vở kịch của Shakespeare (bộ &apos;tiny Shakespeare&apos; của Andrej Karpathy), văn bản của bài hướng dẫn sinh văn bản của TensorFlow: tên người nói, rồi lời thoại của họ. Khoảng 1,1 MB, chỉ được tải vào bộ nhớ đệm (cache) của Keras khi bạn bấm Tải về.</translation>
    </message>
    <message>
        <source>could not download {title}: the server cannot be reached ({reason}); this computer may be offline</source>
        <translation>không tải được {title}: không kết nối được tới máy chủ ({reason}); có thể máy tính này đang không có mạng</translation>
    </message>
    <message>
        <source>connect to the internet and press Download again, or copy {file} from a computer that has it into {folder}</source>
        <translation>hãy kết nối internet rồi bấm Tải về lần nữa, hoặc chép {file} từ một máy tính đã có nó vào {folder}</translation>
    </message>
    <message>
        <source>the downloaded {file} has {got:,} bytes, not the {size:,} it should have (the download was cut short or the server sent something else)</source>
        <translation>tệp {file} vừa tải về có {got:,} byte, không phải {size:,} byte như lẽ ra phải có (việc tải về bị ngắt giữa chừng hoặc máy chủ gửi thứ khác)</translation>
    </message>
    <message>
        <source>press Download again later</source>
        <translation>hãy bấm Tải về lần nữa sau</translation>
    </message>
    <message>
        <source>the downloaded {file} is damaged (its checksum is wrong)</source>
        <translation>tệp {file} vừa tải về bị hỏng (mã kiểm tra checksum của nó sai)</translation>
    </message>
    <message>
        <source>{title} is not on this computer yet (deskdl looks for {where})</source>
        <translation>{title} chưa có trên máy tính này (deskdl tìm ở {where})</translation>
    </message>
    <message>
        <source>press Download in the Data tab (it needs internet once), or copy {file} into {folder}</source>
        <translation>hãy bấm Tải về trong thẻ Dữ liệu (cần internet một lần), hoặc chép {file} vào {folder}</translation>
    </message>
    <message>
        <source>{file} in the Keras cache has changed since it was downloaded (its checksum no longer matches)</source>
        <translation>{file} trong bộ nhớ đệm (cache) của Keras đã thay đổi kể từ khi được tải về (mã kiểm tra checksum không còn khớp)</translation>
    </message>
    <message>
        <source>delete {path} and press Download again</source>
        <translation>hãy xóa {path} rồi bấm Tải về lần nữa</translation>
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
        <source>Use only the first this many characters of the text (0 = all); fewer characters train faster.</source>
        <translation>Chỉ dùng chừng này ký tự đầu của văn bản (0 = tất cả); ít ký tự hơn thì huấn luyện nhanh hơn.</translation>
    </message>
</context>
</TS>
