<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.adversarial_page</name>
    <message>
        <source>Train an image classifier (Train tab, Start) to attack it here.</source>
        <translation>Hãy huấn luyện một bộ phân loại ảnh (thẻ Huấn luyện, Bắt đầu) để tấn công nó ở đây.</translation>
    </message>
    <message>
        <source>Attacking the model: one gradient per test picture, then its answers at every ε…</source>
        <translation>Đang tấn công mô hình: một gradient cho mỗi ảnh kiểm tra, rồi các câu trả lời của nó ở mọi ε…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fast gradient sign attack&lt;/b&gt; (Goodfellow, Shlens and Szegedy, 2015). Each pixel of the picture moves by the same small amount ε, up or down, whichever raises the model&apos;s loss: the direction is the sign of the loss&apos;s gradient with respect to the pixel. The result is kept inside the data&apos;s range ({lo:g} to {hi:g}). The model&apos;s weights are not changed.</source>
        <translation>&lt;b&gt;Tấn công theo dấu gradient nhanh&lt;/b&gt; (Goodfellow, Shlens và Szegedy, 2015). Mỗi điểm ảnh dịch đi cùng một lượng nhỏ ε, lên hoặc xuống, theo hướng làm loss của mô hình tăng: hướng đó là dấu của gradient của loss theo điểm ảnh. Kết quả được giữ trong khoảng của dữ liệu ({lo:g} đến {hi:g}). Trọng số của mô hình không bị thay đổi.</translation>
    </message>
    <message>
        <source>x_adv = clip(x + ε · sign(∇ₓ loss(model(x), y)), {lo:g}, {hi:g})</source>
        <translation>x_adv = clip(x + ε · sign(∇ₓ loss(model(x), y)), {lo:g}, {hi:g})</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Ảnh gốc</translation>
    </message>
    <message>
        <source>The change (drawn at full contrast)</source>
        <translation>Phần thay đổi (vẽ với độ tương phản tối đa)</translation>
    </message>
    <message>
        <source>Attacked</source>
        <translation>Bị tấn công</translation>
    </message>
    <message>
        <source>The change really is only ±ε per pixel; it is stretched to full contrast here so you can see it.</source>
        <translation>Thay đổi thật chỉ là ±ε mỗi điểm ảnh; ở đây nó được kéo giãn tới độ tương phản tối đa để bạn nhìn thấy.</translation>
    </message>
    <message>
        <source>dark: ε more ink · light: ε less · grey: not moved</source>
        <translation>tối: thêm ε mực · sáng: bớt ε · xám: không đổi</translation>
    </message>
    <message>
        <source>bright: that colour +ε · dark: −ε · grey: not moved</source>
        <translation>sáng: màu đó +ε · tối: −ε · xám: không đổi</translation>
    </message>
    <message>
        <source>It is a {name}; </source>
        <translation>Đây là {name}; </translation>
    </message>
    <message>
        <source>the model reads &lt;b&gt;{name}&lt;/b&gt; ({p:.0%})</source>
        <translation>mô hình đọc thành &lt;b&gt;{name}&lt;/b&gt; ({p:.0%})</translation>
    </message>
    <message>
        <source>With this picture the answer first changes at ε = {eps:.3g} (to {name}).</source>
        <translation>Với ảnh này, câu trả lời đổi lần đầu tại ε = {eps:.3g} (thành {name}).</translation>
    </message>
    <message>
        <source>No ε up to {eps:.3g} changes the answer to this picture.</source>
        <translation>Không ε nào tới {eps:.3g} làm đổi câu trả lời cho ảnh này.</translation>
    </message>
    <message>
        <source>The model gets this picture wrong even without the attack.</source>
        <translation>Mô hình đoán sai ảnh này ngay cả khi không bị tấn công.</translation>
    </message>
    <message>
        <source>None of the {n} pictures the model reads right changes its answer at ε = {eps:.3g}: move the slider to the right.</source>
        <translation>Không ảnh nào trong {n} ảnh mô hình đọc đúng đổi câu trả lời tại ε = {eps:.3g}: hãy kéo thanh trượt sang phải.</translation>
    </message>
    <message>
        <source>At ε = 0 nothing changes: move the slider to the right first.</source>
        <translation>Tại ε = 0 không có gì thay đổi: hãy kéo thanh trượt sang phải trước.</translation>
    </message>
    <message>
        <source>Test accuracy under attack</source>
        <translation>Độ chính xác kiểm tra khi bị tấn công</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072B2&apos;&gt;●&lt;/span&gt; the share of {n} test pictures the model still reads right when every one of them is attacked with that ε; grey dashes: the same pictures with every pixel moved by ε in a random direction instead. The dotted line is chance ({chance:.0%}).</source>
        <translation>&lt;span style=&apos;color:#0072B2&apos;&gt;●&lt;/span&gt; tỉ lệ trong {n} ảnh kiểm tra mà mô hình vẫn đọc đúng khi từng ảnh bị tấn công với ε đó; nét đứt xám: cùng các ảnh đó nhưng mỗi điểm ảnh dịch ε theo hướng ngẫu nhiên. Đường chấm là mức đoán mò ({chance:.0%}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why so small a change is enough.&lt;/b&gt; A unit of the network adds up its inputs, each times a weight. Move every input by ε toward the sign of its weight and the sum grows by ε times the sum of the weights&apos; sizes: many changes too small to matter one by one add up to a large one, and the more inputs, the larger (the paper&apos;s &apos;linear explanation&apos;). On photos of 224 × 224 colour pixels, a change of one of the 256 brightness levels a photo stores, invisible to the eye, made GoogLeNet read a panda as a gibbon.</source>
        <translation>&lt;b&gt;Vì sao một thay đổi nhỏ như vậy là đủ.&lt;/b&gt; Một nơ-ron của mạng cộng các đầu vào, mỗi đầu vào nhân một trọng số. Dịch mỗi đầu vào một lượng ε theo dấu của trọng số và tổng tăng thêm ε nhân tổng độ lớn các trọng số: nhiều thay đổi quá nhỏ nếu xét riêng lẻ cộng lại thành một thay đổi lớn, và càng nhiều đầu vào thì càng lớn (&apos;giải thích tuyến tính&apos; của bài báo). Trên ảnh 224 × 224 điểm ảnh màu, một thay đổi bằng một trong 256 mức sáng mà ảnh lưu, mắt không thấy được, đã khiến GoogLeNet đọc con gấu trúc thành con vượn.</translation>
    </message>
    <message>
        <source> These digits have only 64 pixels of 17 grey levels (0 to 16, divided by 16), so a change that flips an answer is easier to spot; yet ε = 0.05 is less than one grey level (1/16 = 0.0625).</source>
        <translation> Các chữ số này chỉ có 64 điểm ảnh với 17 mức xám (0 đến 16, chia cho 16), nên thay đổi làm lật câu trả lời dễ thấy hơn; tuy vậy ε = 0.05 còn nhỏ hơn một mức xám (1/16 = 0.0625).</translation>
    </message>
    <message>
        <source>ε = {eps:.3g}</source>
        <translation>ε = {eps:.3g}</translation>
    </message>
    <message>
        <source>How far each pixel may move, in the data&apos;s own units (the pixels run from {lo:g} to {hi:g}; ε = {step:.3g} is one slider step).</source>
        <translation>Mỗi điểm ảnh được dịch tối đa bao xa, theo đơn vị của dữ liệu (điểm ảnh chạy từ {lo:g} đến {hi:g}; ε = {step:.3g} là một nấc thanh trượt).</translation>
    </message>
    <message>
        <source>Go to the next test picture that the model reads right, but wrong at this ε</source>
        <translation>Tới ảnh kiểm tra tiếp theo mà mô hình đọc đúng, nhưng đọc sai ở ε này</translation>
    </message>
    <message>
        <source>Test picture </source>
        <translation>Ảnh kiểm tra </translation>
    </message>
    <message>
        <source>Which test picture to attack (the model never trained on it)</source>
        <translation>Ảnh kiểm tra nào sẽ bị tấn công (mô hình chưa từng học nó)</translation>
    </message>
    <message>
        <source>Find one that flips</source>
        <translation>Tìm ảnh bị lật</translation>
    </message>
    <message>
        <source>Attack strength</source>
        <translation>Cường độ tấn công</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>độ chính xác kiểm tra</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>lỗi không rõ</translation>
    </message>
    <message>
        <source>Could not attack the model: {error}</source>
        <translation>Không tấn công được mô hình: {error}</translation>
    </message>
    <message>
        <source>(the first {n} of the {total} test pictures)</source>
        <translation>({n} ảnh đầu trong {total} ảnh kiểm tra)</translation>
    </message>
</context>
</TS>
