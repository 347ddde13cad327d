<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.inspect.texts</name>
    <message>
        <source>There is no trained model yet. Train one on the Train tab, then come back to look inside it.</source>
        <translation>Chưa có mô hình đã huấn luyện. Hãy huấn luyện một mô hình ở thẻ Huấn luyện, rồi quay lại để xem bên trong nó.</translation>
    </message>
    <message>
        <source>Go to Train</source>
        <translation>Tới thẻ Huấn luyện</translation>
    </message>
    <message>
        <source>This model has no convolution layers, so there are no filters or feature maps to show.</source>
        <translation>Mô hình này không có lớp tích chập, nên không có bộ lọc hay bản đồ đặc trưng nào để hiện.</translation>
    </message>
    <message>
        <source>This model has no Dense layers.</source>
        <translation>Mô hình này không có lớp Dense.</translation>
    </message>
    <message>
        <source>Neuron pictures need a model with exactly two inputs (the 2-D Playground data sets such as spiral or circles).</source>
        <translation>Ảnh nơ-ron cần mô hình có đúng hai đầu vào (các tập dữ liệu Playground 2-D như xoắn ốc hay vòng tròn).</translation>
    </message>
    <message>
        <source>This view needs a model whose input is a picture or a sequence; for 2-D points see the Neurons tab.</source>
        <translation>Khung này cần mô hình có đầu vào là ảnh hoặc chuỗi; với điểm 2-D hãy xem thẻ Nơ-ron.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Waiting for the training run to finish (the model is busy learning)…</source>
        <translation>Đang chờ lần chạy huấn luyện kết thúc (mô hình đang bận học)…</translation>
    </message>
    <message>
        <source>The convolution lab is not available in this version.</source>
        <translation>Phòng thí nghiệm tích chập không có trong phiên bản này.</translation>
    </message>
    <message>
        <source>Each square is one filter (kernel) a Conv layer has learned: it slides over its input and answers strongly where the input looks like it. Red = positive weight, blue = negative, white = 0; the colour bar is the same for every epoch, so you can scrub the slider to watch the filters grow out of random noise during training.</source>
        <translation>Mỗi ô vuông là một bộ lọc (kernel) mà lớp Conv đã học: nó trượt trên đầu vào và trả lời mạnh ở nơi đầu vào giống nó. Đỏ = trọng số dương, xanh = âm, trắng = 0; thanh màu như nhau cho mọi epoch, nên bạn có thể kéo thanh trượt để xem các bộ lọc hình thành từ nhiễu ngẫu nhiên trong khi huấn luyện.</translation>
    </message>
    <message>
        <source>one row per filter, one column per input channel</source>
        <translation>mỗi bộ lọc một hàng, mỗi kênh đầu vào một cột</translation>
    </message>
    <message>
        <source>each filter averaged over its input channels</source>
        <translation>mỗi bộ lọc lấy trung bình qua các kênh đầu vào</translation>
    </message>
    <message>
        <source>Feed one picture through the network and look at what each layer makes of it, left to right. Each small square is one channel (one filter&apos;s answer): bright = the filter found its pattern there. Pooling layers shrink the maps; the bars on the right are the model&apos;s final answer.</source>
        <translation>Đưa một bức ảnh qua mạng và xem mỗi lớp biến nó thành gì, từ trái sang phải. Mỗi ô nhỏ là một kênh (câu trả lời của một bộ lọc): sáng = bộ lọc tìm thấy mẫu hình của nó ở đó. Các lớp gộp (pooling) thu nhỏ bản đồ; các cột bên phải là câu trả lời cuối cùng của mô hình.</translation>
    </message>
    <message>
        <source>Which picture makes a filter (or a class) answer most strongly? Starting from faint noise, the picture is changed step by step in the direction that raises the answer (gradient ascent on the input, with a little blur so it stays smooth). Watch it converge: that pattern is what the unit is looking for.</source>
        <translation>Bức ảnh nào làm một bộ lọc (hoặc một lớp (class)) trả lời mạnh nhất? Bắt đầu từ nhiễu mờ, bức ảnh được đổi từng bước theo hướng làm câu trả lời tăng (leo gradient trên đầu vào, kèm chút làm mờ để ảnh mượt). Xem nó hội tụ: mẫu hình đó là điều nơ-ron đang tìm.</translation>
    </message>
    <message>
        <source>Which pixels matter for the model&apos;s answer? For every input value we measure how much a tiny change would change the class score (the size of the gradient of the score with respect to the input). Bright = the answer is sensitive to that pixel. The overlay puts it on the picture in red.</source>
        <translation>Những điểm ảnh nào quan trọng với câu trả lời của mô hình? Với mỗi giá trị đầu vào, ta đo một thay đổi rất nhỏ làm điểm của lớp thay đổi bao nhiêu (độ lớn gradient của điểm số theo đầu vào). Sáng = câu trả lời nhạy với điểm ảnh đó. Ảnh chồng đặt nó lên bức ảnh bằng màu đỏ.</translation>
    </message>
    <message>
        <source>Score: the class&apos;s logit (the value before softmax, which does not saturate).</source>
        <translation>Điểm số: logit của lớp (giá trị trước softmax, không bị bão hòa).</translation>
    </message>
    <message>
        <source>Score: the model&apos;s output for that class (its probability, when the model ends in a softmax).</source>
        <translation>Điểm số: đầu ra của mô hình cho lớp đó (xác suất của nó, khi mô hình kết thúc bằng softmax).</translation>
    </message>
    <message>
        <source>A Dense layer&apos;s weights as a picture: one row per input, one column per unit (red positive, blue negative). Below, how the weights and the layer&apos;s outputs are spread, epoch by epoch (darker = more values in that bin). Outputs that shrink towards zero layer after layer, or grow to the edges, are a warning sign: the gradients that train the early layers then tend to vanish or explode too (the words name the gradients); a dead ReLU unit outputs 0 for every example and no longer learns. Try a different initialisation or learning rate and compare.</source>
        <translation>Trọng số của một lớp Dense dưới dạng ảnh: mỗi đầu vào một hàng, mỗi nơ-ron một cột (đỏ dương, xanh âm). Bên dưới là cách trọng số và đầu ra của lớp phân bố qua từng epoch (tối hơn = nhiều giá trị hơn trong khoảng đó). Đầu ra co dần về 0 qua từng lớp, hoặc dồn ra hai biên, là dấu hiệu cảnh báo: gradient huấn luyện các lớp đầu khi đó cũng dễ biến mất hoặc bùng nổ (các từ này nói về gradient); một nơ-ron ReLU chết cho ra 0 với mọi mẫu và không còn học. Hãy thử cách khởi tạo hoặc tốc độ học khác và so sánh.</translation>
    </message>
    <message>
        <source>Only the final model is shown: histograms over epochs are recorded while the Inspect snapshots are on during training.</source>
        <translation>Chỉ hiện mô hình cuối cùng: biểu đồ tần suất qua các epoch chỉ được ghi khi ảnh chụp Khảo sát được bật trong lúc huấn luyện.</translation>
    </message>
    <message>
        <source>What each hidden neuron responds to, over the whole 2-D plane (like TensorFlow Playground). Red = the neuron&apos;s output is high, blue = low or negative. The first layer can only draw straight edges; later layers combine them into curves.</source>
        <translation>Mỗi nơ-ron ẩn phản ứng với điều gì, trên toàn mặt phẳng 2-D (như TensorFlow Playground). Đỏ = đầu ra của nơ-ron cao, xanh = thấp hoặc âm. Lớp đầu tiên chỉ vẽ được đường thẳng; các lớp sau ghép chúng thành đường cong.</translation>
    </message>
</context>
</TS>
