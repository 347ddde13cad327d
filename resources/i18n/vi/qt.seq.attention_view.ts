<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.attention_view</name>
    <message>
        <source>The attention maps of a test example come a few seconds after training starts.</source>
        <translation>Các bản đồ chú ý của một ví dụ kiểm tra xuất hiện vài giây sau khi bắt đầu huấn luyện.</translation>
    </message>
    <message>
        <source>Each map is one attention head. Row i is output place i (its right answer beside it), column j is input place j (its digit below): dark = place i takes much from place j; every row adds up to 1. To reverse, place i must read place 9 - i: watch the anti-diagonal appear.</source>
        <translation>Mỗi bản đồ là một đầu chú ý (attention head). Hàng i là vị trí đầu ra i (đáp án đúng của nó ở bên cạnh), cột j là vị trí đầu vào j (chữ số của nó ở bên dưới): ô đậm = vị trí i lấy nhiều từ vị trí j; mỗi hàng cộng lại bằng 1. Để đảo ngược, vị trí i phải đọc vị trí 9 - i: hãy xem đường chéo phụ hiện ra.</translation>
    </message>
    <message>
        <source>Each map is one attention head. Row i is word i of the review, column j is word j: dark = word i takes much from word j. A row&apos;s weights add up to 1 over all places, the padding in front of a short review too; the padding is not drawn, so a pale row gave much of its weight to it. Watch the heads learn to look at the words that decide the answer, such as &apos;not&apos;, &apos;never&apos; and the adjectives.</source>
        <translation>Mỗi bản đồ là một đầu chú ý (attention head). Hàng i là từ thứ i của bài đánh giá, cột j là từ thứ j: ô đậm = từ i lấy nhiều từ từ j. Trọng số của một hàng cộng lại bằng 1 trên mọi vị trí, kể cả phần đệm (padding) phía trước một bài đánh giá ngắn; phần đệm không được vẽ, nên một hàng nhạt đã dành nhiều trọng số cho nó. Hãy xem các đầu học cách nhìn vào những từ quyết định đáp án, như &apos;not&apos;, &apos;never&apos; và các tính từ.</translation>
    </message>
    <message>
        <source>Click a row of a map to read which places it takes from.</source>
        <translation>Bấm vào một hàng của bản đồ để đọc xem nó lấy từ những vị trí nào.</translation>
    </message>
    <message>
        <source>{head}, row &apos;{query}&apos; (place {row}) takes most from: {parts}.</source>
        <translation>{head}, hàng &apos;{query}&apos; (vị trí {row}) lấy nhiều nhất từ: {parts}.</translation>
    </message>
    <message>
        <source>PositionalEncoding adds these waves to the embedding: feature 2k gets sin(position / 10000^(2k/d)), feature 2k+1 the cosine, so every position gets its own pattern of values and nearby positions get similar ones. Fast waves tell neighbours apart, slow ones far places.</source>
        <translation>PositionalEncoding cộng các sóng này vào embedding: đặc trưng 2k nhận sin(vị trí / 10000^(2k/d)), đặc trưng 2k+1 nhận cosin, nên mỗi vị trí có một mẫu giá trị riêng và các vị trí gần nhau có mẫu giống nhau. Sóng nhanh phân biệt các vị trí kề nhau, sóng chậm phân biệt các vị trí xa.</translation>
    </message>
    <message>
        <source>Attention maps</source>
        <translation>Bản đồ chú ý</translation>
    </message>
    <message>
        <source>position</source>
        <translation>vị trí</translation>
    </message>
    <message>
        <source>value added</source>
        <translation>giá trị cộng thêm</translation>
    </message>
    <message>
        <source>Positional encoding</source>
        <translation>Mã hóa vị trí</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>feature {f} ({wave})</source>
        <translation>đặc trưng {f} ({wave})</translation>
    </message>
    <message>
        <source>head {n}</source>
        <translation>đầu {n}</translation>
    </message>
    <message>
        <source>{layer}, head {n}</source>
        <translation>{layer}, đầu {n}</translation>
    </message>
    <message>
        <source>maps after 1 epoch</source>
        <translation>bản đồ sau 1 epoch</translation>
    </message>
    <message>
        <source>maps after {epochs:g} epochs</source>
        <translation>bản đồ sau {epochs:g} epoch</translation>
    </message>
    <message>
        <source>Test example: {inputs} -&gt; {answers}; {when} (scrubbed back; the slider&apos;s right end follows the run)</source>
        <translation>Ví dụ kiểm tra: {inputs} -&gt; {answers}; {when} (đã tua lại; đầu phải của thanh trượt theo dõi lần chạy)</translation>
    </message>
    <message>
        <source>Test example: {inputs} -&gt; {answers}; {when}</source>
        <translation>Ví dụ kiểm tra: {inputs} -&gt; {answers}; {when}</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; (place {j}) {percent:.0f} %</source>
        <translation>&apos;{token}&apos; (vị trí {j}) {percent:.0f} %</translation>
    </message>
</context>
</TS>
