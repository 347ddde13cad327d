<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.debias_page</name>
    <message>
        <source>Train the project (Train tab, Start) to compare the classifier without and with the VAE&apos;s weights.</source>
        <translation>Hãy huấn luyện dự án (thẻ Huấn luyện, Bắt đầu) để so sánh bộ phân loại khi không có và có trọng số của VAE.</translation>
    </message>
    <message>
        <source>Test accuracy per style</source>
        <translation>Độ chính xác kiểm tra theo kiểu</translation>
    </message>
    <message>
        <source>The weights, per style</source>
        <translation>Các trọng số, theo kiểu</translation>
    </message>
    <message>
        <source>The 16 most up-weighted pictures</source>
        <translation>16 ảnh được tăng trọng số nhiều nhất</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#E69F00&apos;&gt;■&lt;/span&gt; normal &amp;nbsp; &lt;span style=&apos;color:#009E73&apos;&gt;■&lt;/span&gt; inverted. Each curve is the share of one style&apos;s training pictures at each weight. A weight of 1 (log10 = 0) means a picture counts as much as it would without weights; if the VAE found the rare style, its curve sits to the right.</source>
        <translation>&lt;span style=&apos;color:#E69F00&apos;&gt;■&lt;/span&gt; thường &amp;nbsp; &lt;span style=&apos;color:#009E73&apos;&gt;■&lt;/span&gt; đảo màu. Mỗi đường là tỉ lệ ảnh huấn luyện của một kiểu ở mỗi mức trọng số. Trọng số 1 (log10 = 0) nghĩa là ảnh được tính như khi không có trọng số; nếu VAE tìm ra kiểu hiếm, đường của nó nằm lệch sang phải.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#999999&apos;&gt;■&lt;/span&gt; without weights &amp;nbsp; &lt;span style=&apos;color:#0072B2&apos;&gt;■&lt;/span&gt; with weights</source>
        <translation>&lt;span style=&apos;color:#999999&apos;&gt;■&lt;/span&gt; không trọng số &amp;nbsp; &lt;span style=&apos;color:#0072B2&apos;&gt;■&lt;/span&gt; có trọng số</translation>
    </message>
    <message>
        <source>pictures drawn by weight</source>
        <translation>ảnh được rút theo trọng số</translation>
    </message>
    <message>
        <source>losses multiplied by the weights</source>
        <translation>loss được nhân với trọng số</translation>
    </message>
    <message>
        <source>Try: a smaller alpha gives the rare pictures more weight (too much, and the classifier learns those few pictures by heart and gets worse on the common style); more VAE code numbers or bins make the density sharper; method &apos;weight&apos; multiplies each picture&apos;s loss by its weight instead of drawing pictures by weight. Another seed gives another result: compare a few. The Data tab&apos;s rare_share and samples set how rare the style is and how many pictures of it there are.</source>
        <translation>Thử: alpha nhỏ hơn cho ảnh hiếm nhiều trọng số hơn (quá nhiều thì bộ phân loại học thuộc lòng vài ảnh đó và kém đi ở kiểu phổ biến); nhiều số mã VAE hoặc nhiều khoảng (bins) hơn làm mật độ sắc nét hơn; phương pháp &apos;weight&apos; nhân loss của mỗi ảnh với trọng số của nó thay vì rút ảnh theo trọng số. Seed khác cho kết quả khác: hãy so sánh vài lần. rare_share và samples ở thẻ Dữ liệu quy định kiểu hiếm đến mức nào và có bao nhiêu ảnh của nó.</translation>
    </message>
    <message>
        <source>share right</source>
        <translation>tỉ lệ đúng</translation>
    </message>
    <message>
        <source>log10 of the weight</source>
        <translation>log10 của trọng số</translation>
    </message>
    <message>
        <source>% of the style&apos;s pictures</source>
        <translation>% số ảnh của kiểu</translation>
    </message>
    <message>
        <source>The same classifier trained {epochs} epochs with seed {seed}, without and with weights from a VAE with {latent} code numbers ({bins} bins per number, alpha {alpha}; {method}); {rare} of its {n} training pictures are of the rare style. Scored on the balanced test pictures.</source>
        <translation>Cùng bộ phân loại huấn luyện {epochs} epoch với seed {seed}, không có và có trọng số từ một VAE có {latent} số mã ({bins} khoảng mỗi số, alpha {alpha}; {method}); {rare} trong {n} ảnh huấn luyện thuộc kiểu hiếm. Chấm điểm trên các ảnh kiểm tra cân bằng.</translation>
    </message>
    <message>
        <source>weights used</source>
        <translation>có dùng trọng số</translation>
    </message>
    <message>
        <source>Left to right, top to bottom: weights {weights}. {n} are inverted.</source>
        <translation>Trái sang phải, trên xuống dưới: trọng số {weights}. {n} ảnh bị đảo màu.</translation>
    </message>
</context>
</TS>
