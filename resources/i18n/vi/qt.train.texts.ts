<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.train.texts</name>
    <message>
        <source>How the network changes its weights after each batch.
Adam is a good first choice. SGD is the plain method: step downhill by the learning rate times the slope. The others adapt the step size per weight.</source>
        <translation>Cách mạng thay đổi trọng số sau mỗi lô (batch).
Adam là lựa chọn đầu tiên tốt. SGD là cách đơn giản: bước xuống dốc một đoạn bằng tốc độ học nhân độ dốc. Các cách khác điều chỉnh độ dài bước cho từng trọng số.</translation>
    </message>
    <message>
        <source>How big a step the optimizer takes each batch.
Too big: the loss jumps around or becomes NaN. Too small: learning crawls.
Typical: 0.001 for Adam, 0.01 for SGD. A new project starts Adam at 0.01, ten times the usual, because its small 2-D data sets learn in seconds with the bigger step; for images or text, or when the loss jumps around, use 0.001.</source>
        <translation>Bộ tối ưu (optimizer) bước dài bao nhiêu sau mỗi lô.
Quá lớn: loss nhảy lung tung hoặc thành NaN. Quá nhỏ: học rất chậm.
Thường dùng: 0.001 cho Adam, 0.01 cho SGD. Dự án mới đặt Adam ở 0.01, gấp mười lần thường lệ, vì các tập dữ liệu 2-D nhỏ của nó học xong trong vài giây với bước lớn hơn; với ảnh hoặc văn bản, hoặc khi loss nhảy lung tung, hãy dùng 0.001.</translation>
    </message>
    <message>
        <source>SGD and RMSprop: keep part of the previous step, like a ball rolling downhill.
0 = none, 0.9 is common. Helps through flat or bumpy regions.</source>
        <translation>SGD và RMSprop: giữ một phần bước trước, như hòn bi lăn xuống dốc.
0 = không giữ, 0.9 là phổ biến. Giúp vượt qua vùng phẳng hoặc gồ ghề.</translation>
    </message>
    <message>
        <source>SGD with momentum: look ahead along the momentum before measuring the slope. Often a little faster.</source>
        <translation>SGD có momentum: nhìn trước theo hướng momentum rồi mới đo độ dốc. Thường nhanh hơn một chút.</translation>
    </message>
    <message>
        <source>How quickly the optimizer forgets old gradient sizes (close to 1 = long memory).</source>
        <translation>Bộ tối ưu quên độ lớn gradient cũ nhanh đến đâu (gần 1 = nhớ lâu).</translation>
    </message>
    <message>
        <source>Adam&apos;s memory of past gradient directions (0.9 is standard).</source>
        <translation>Trí nhớ của Adam về hướng gradient trước đây (0.9 là chuẩn).</translation>
    </message>
    <message>
        <source>Adam&apos;s memory of past gradient sizes (0.999 is standard).</source>
        <translation>Trí nhớ của Adam về độ lớn gradient trước đây (0.999 là chuẩn).</translation>
    </message>
    <message>
        <source>AdamW: gently pulls every weight towards 0 each step, which fights overfitting.</source>
        <translation>AdamW: mỗi bước kéo nhẹ mọi trọng số về 0, giúp chống quá khớp (overfitting).</translation>
    </message>
    <message>
        <source>Change the learning rate while training.
constant: never changes. exponential: shrinks a little every step.
cosine: glides smoothly down to 0 by the last epoch. step: halves it every few epochs.</source>
        <translation>Thay đổi tốc độ học trong khi huấn luyện.
constant: không bao giờ đổi. exponential: giảm một chút mỗi bước.
cosine: giảm mượt về 0 ở epoch cuối. step: giảm một nửa sau vài epoch.</translation>
    </message>
    <message>
        <source>The number the network tries to make small.
sparse categorical crossentropy: classes given as whole numbers (0, 1, 2...).
categorical crossentropy: classes given as one-hot vectors.
binary crossentropy: yes/no answers with one sigmoid output.
mean squared / absolute error, huber: predicting numbers (regression).</source>
        <translation>Con số mà mạng cố làm nhỏ: hàm mất mát (loss).
sparse categorical crossentropy: các lớp (class) ghi bằng số nguyên (0, 1, 2...).
categorical crossentropy: các lớp ghi dạng vectơ one-hot.
binary crossentropy: câu trả lời có/không với một đầu ra sigmoid.
mean squared / absolute error, huber: dự đoán số (hồi quy).</translation>
    </message>
    <message>
        <source>Extra numbers to watch. They do not change training; accuracy = share of right answers.</source>
        <translation>Các con số thêm để theo dõi. Chúng không thay đổi việc huấn luyện; độ chính xác = tỉ lệ câu trả lời đúng.</translation>
    </message>
    <message>
        <source>How many examples the network looks at before each weight update.
Small batches: noisy but frequent steps. Large batches: smooth steps, more memory.</source>
        <translation>Số mẫu dữ liệu mạng xem trước mỗi lần cập nhật trọng số.
Lô nhỏ: bước nhiễu nhưng thường xuyên. Lô lớn: bước mượt, tốn nhiều bộ nhớ hơn.</translation>
    </message>
    <message>
        <source>How many times training goes through the whole training set.</source>
        <translation>Số lần việc huấn luyện đi qua toàn bộ tập huấn luyện.</translation>
    </message>
    <message>
        <source>Share of the training data kept aside and never trained on.
The validation curves show how well the network does on data it has not seen: when the validation loss rises while the training loss keeps falling, it is overfitting (accuracy shows it the other way round: validation accuracy stalls or falls while training accuracy keeps rising).</source>
        <translation>Phần dữ liệu huấn luyện được để riêng và không bao giờ dùng để huấn luyện.
Các đường kiểm định (validation) cho thấy mạng làm tốt đến đâu trên dữ liệu chưa thấy: khi loss kiểm định tăng trong khi loss huấn luyện tiếp tục giảm, mạng đang quá khớp (overfitting) (độ chính xác cho thấy điều ngược lại: độ chính xác kiểm định đứng yên hoặc giảm trong khi độ chính xác huấn luyện tiếp tục tăng).</translation>
    </message>
    <message>
        <source>Fixes the random start (weights, shuffling) so a run can be repeated exactly. Untick for a different start every time.</source>
        <translation>Cố định điểm khởi đầu ngẫu nhiên (trọng số, xáo trộn) để một lần chạy có thể lặp lại chính xác. Bỏ chọn để mỗi lần bắt đầu khác nhau.</translation>
    </message>
    <message>
        <source>Before the optimizer uses them, the gradients of each weight (each kernel, each bias) are scaled down so that their norm (length) is at most this number; each weight is clipped on its own. Helps when the loss explodes to huge values or NaN.</source>
        <translation>Trước khi bộ tối ưu dùng, gradient của mỗi trọng số (mỗi kernel, mỗi bias) được thu nhỏ để chuẩn (độ dài) của chúng không vượt quá số này; mỗi trọng số được cắt riêng. Có ích khi loss bùng nổ tới giá trị rất lớn hoặc NaN.</translation>
    </message>
    <message>
        <source>Caps every single gradient value to ±this number. A blunter tool than clipnorm.</source>
        <translation>Giới hạn từng giá trị gradient trong ±số này. Một công cụ thô hơn clipnorm.</translation>
    </message>
    <message>
        <source>Stop by itself when the validation loss has not improved for a while. With no validation share it watches the training loss instead, which does not guard against overfitting.</source>
        <translation>Tự dừng khi loss kiểm định không cải thiện một thời gian. Khi không có phần kiểm định, nó theo dõi loss huấn luyện thay thế, điều này không chống được quá khớp.</translation>
    </message>
    <message>
        <source>How many epochs without improvement to wait before stopping.</source>
        <translation>Số epoch không cải thiện cần chờ trước khi dừng.</translation>
    </message>
    <message>
        <source>At the end, go back to the weights of the best epoch rather than the last one.</source>
        <translation>Khi kết thúc, quay lại trọng số của epoch tốt nhất thay vì epoch cuối.</translation>
    </message>
    <message>
        <source>Weigh each training example&apos;s loss by how rare its class is (n / (classes x count), Keras&apos;s class_weight): a mistake on a rare class then costs as much in total as one on a common class. For data where one class is much rarer than another.</source>
        <translation>Đánh trọng số loss của mỗi mẫu huấn luyện theo độ hiếm của lớp (class) của nó (n / (số lớp x số mẫu), class_weight của Keras): khi đó tổng cộng một lỗi ở lớp hiếm tốn ngang một lỗi ở lớp phổ biến. Dành cho dữ liệu có một lớp hiếm hơn hẳn lớp khác.</translation>
    </message>
    <message>
        <source>Train the model on the Build tab with these settings (F5).</source>
        <translation>Huấn luyện mô hình ở thẻ Xây dựng với các cài đặt này (F5).</translation>
    </message>
    <message>
        <source>Pause after the current batch; resume whenever you like.</source>
        <translation>Tạm dừng sau lô hiện tại; tiếp tục bất cứ lúc nào bạn muốn.</translation>
    </message>
    <message>
        <source>Stop after the current batch. The weights learned so far are kept.</source>
        <translation>Dừng sau lô hiện tại. Các trọng số học được đến giờ được giữ lại.</translation>
    </message>
    <message>
        <source>Train on exactly one batch, then pause: watch a single update happen.</source>
        <translation>Huấn luyện đúng một lô rồi tạm dừng: xem một lần cập nhật diễn ra.</translation>
    </message>
    <message>
        <source>Let the agent act once in its environment (and learn from it), or play one whole episode, as the box beside says; then pause: watch a single decision happen.</source>
        <translation>Cho tác tử (agent) hành động một lần trong môi trường (và học từ đó), hoặc chơi trọn một lượt chơi, theo ô bên cạnh; rồi tạm dừng: xem một quyết định diễn ra.</translation>
    </message>
    <message>
        <source>What one press of Step runs before pausing again: one environment step (the agent acts once and may learn from it), or one whole episode (from the start of a game to its end).</source>
        <translation>Một lần nhấn Một bước chạy gì trước khi tạm dừng lại: một bước môi trường (tác tử hành động một lần và có thể học từ đó), hoặc trọn một lượt chơi (từ đầu đến cuối một ván).</translation>
    </message>
    <message>
        <source>Start from the weights the newest trained model ended with, instead of fresh random ones: train it further. The model&apos;s layers must not have changed since.</source>
        <translation>Bắt đầu từ trọng số mà mô hình huấn luyện mới nhất đạt được, thay vì trọng số ngẫu nhiên mới: huấn luyện thêm. Các lớp của mô hình không được thay đổi kể từ đó.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;&lt;b&gt;—&lt;/b&gt;&amp;nbsp;training, per&amp;nbsp;epoch &amp;nbsp;&amp;nbsp; &lt;b&gt;- - -&lt;/b&gt;&amp;nbsp;validation, per&amp;nbsp;epoch &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#aaa&apos;&gt;&lt;b&gt;—&lt;/b&gt;&lt;/span&gt;&amp;nbsp;training, per&amp;nbsp;batch (the&amp;nbsp;epoch&apos;s running&amp;nbsp;mean)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;&lt;b&gt;—&lt;/b&gt;&amp;nbsp;huấn luyện, mỗi&amp;nbsp;epoch &amp;nbsp;&amp;nbsp; &lt;b&gt;- - -&lt;/b&gt;&amp;nbsp;kiểm định, mỗi&amp;nbsp;epoch &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#aaa&apos;&gt;&lt;b&gt;—&lt;/b&gt;&lt;/span&gt;&amp;nbsp;huấn luyện, mỗi&amp;nbsp;lô (trung&amp;nbsp;bình&amp;nbsp;dồn của&amp;nbsp;epoch)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;&lt;b&gt;—&lt;/b&gt;&amp;nbsp;per&amp;nbsp;epoch &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#aaa&apos;&gt;&lt;b&gt;—&lt;/b&gt;&lt;/span&gt;&amp;nbsp;per&amp;nbsp;batch (the&amp;nbsp;epoch&apos;s running&amp;nbsp;mean)&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;&lt;b&gt;—&lt;/b&gt;&amp;nbsp;mỗi&amp;nbsp;epoch &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#aaa&apos;&gt;&lt;b&gt;—&lt;/b&gt;&lt;/span&gt;&amp;nbsp;mỗi&amp;nbsp;lô (trung&amp;nbsp;bình&amp;nbsp;dồn của&amp;nbsp;epoch)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#555&apos;&gt;&lt;b&gt;—&lt;/b&gt;&amp;nbsp;one value per&amp;nbsp;episode&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#555&apos;&gt;&lt;b&gt;—&lt;/b&gt;&amp;nbsp;một giá trị mỗi&amp;nbsp;lượt&amp;nbsp;chơi&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number) in epoch {epoch}. Usually the weights or outputs grew so large that the arithmetic overflowed (a log or division of zero can also cause it), and the network cannot recover from that.
Usual fixes: lower the learning rate (try ten times smaller), turn on gradient clipping (clipnorm 1.0), or scale the inputs to small numbers.</source>
        <translation>Loss thành NaN (không phải số) ở epoch {epoch}. Thường là trọng số hoặc đầu ra tăng lớn đến mức phép tính bị tràn (log hoặc phép chia cho 0 cũng có thể gây ra), và mạng không thể phục hồi từ đó.
Cách sửa thường gặp: giảm tốc độ học (thử nhỏ hơn mười lần), bật cắt gradient (clipnorm 1.0), hoặc co giãn đầu vào về số nhỏ.</translation>
    </message>
    <message>
        <source>The loss is exploding (it grew over a thousand times its starting value). The learning rate is probably too large: try ten times smaller, or turn on clipnorm.</source>
        <translation>Loss đang bùng nổ (nó tăng hơn một nghìn lần giá trị ban đầu). Tốc độ học có lẽ quá lớn: thử nhỏ hơn mười lần, hoặc bật clipnorm.</translation>
    </message>
    <message>
        <source>TensorFlow is still loading… Start becomes available in a moment.</source>
        <translation>Đang tải TensorFlow… Bắt đầu sẽ sẵn sàng ngay.</translation>
    </message>
    <message>
        <source>Build a model on the Build tab first.</source>
        <translation>Hãy dựng một mô hình ở thẻ Xây dựng trước.</translation>
    </message>
    <message>
        <source>Ready: press Start (F5)</source>
        <translation>Sẵn sàng: nhấn Bắt đầu (F5)</translation>
    </message>
</context>
</TS>
