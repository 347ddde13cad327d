<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>qt.seq.bptt_view</name>
    <message>
        <source>Gradients through time</source>
        <translation>Gradient qua thời gian</translation>
    </message>
    <message>
        <source>SimpleRNN + clipping</source>
        <translation>SimpleRNN + cắt gradient</translation>
    </message>
    <message>
        <source>0.5: small (gradients vanish)</source>
        <translation>0.5: nhỏ (gradient biến mất)</translation>
    </message>
    <message>
        <source>1.0: orthogonal, Keras&apos;s default</source>
        <translation>1.0: trực giao, mặc định của Keras</translation>
    </message>
    <message>
        <source>2.0: large (gradients explode)</source>
        <translation>2.0: lớn (gradient bùng nổ)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you see.&lt;/b&gt; Each network reads a sequence one token at a time and must say, at the end, which token came &lt;i&gt;first&lt;/i&gt;. Training moves each weight by how much the loss would change: the gradient. For the state h&lt;sub&gt;t&lt;/sub&gt; at step t the chain rule gets it by walking back from the end, one step at a time (backpropagation through time), multiplying by the same kind of factor at every step (for a SimpleRNN: the recurrent weights times the slope of tanh). Many factors below 1 make the gradient &lt;b&gt;vanish&lt;/b&gt;: the left plot falls towards step 1, and what the first token should teach barely arrives (now and then a SimpleRNN finds it anyway; mostly it stays at guessing). Factors above 1 make it &lt;b&gt;explode&lt;/b&gt;: huge gradients and wild steps.&lt;br&gt;&lt;b&gt;Clipping&lt;/b&gt; (the optimizer&apos;s clipnorm) shortens a gradient that is too long before the step, so an explosion cannot throw the weights away; it does nothing for a gradient that vanished.&lt;br&gt;&lt;b&gt;An LSTM&lt;/b&gt; keeps a cell state that passes from step to step through its forget gate, a multiplication by a number it learns to keep near 1, so the gradient can travel back along it: before training (dashed) far more of it reaches step 1 than in the SimpleRNN, and that is what lets it learn the first token. Once a network has learnt, its loss is near 0 and every gradient is small. (Its forget gate starts nearly open here, bias 3, keeping 95% of the cell state a step; with Keras&apos;s default of 1 it keeps 73%, and 0.73&lt;sup&gt;50&lt;/sup&gt; is about 10&lt;sup&gt;-7&lt;/sup&gt;, so it would start with a vanished gradient too.)</source>
        <translation>&lt;b&gt;Bạn đang thấy gì.&lt;/b&gt; Mỗi mạng đọc một chuỗi từng token một và cuối cùng phải nói token nào đứng &lt;i&gt;đầu tiên&lt;/i&gt;. Huấn luyện dịch chuyển mỗi trọng số theo mức hàm mất mát (loss) sẽ thay đổi: đó là gradient. Với trạng thái h&lt;sub&gt;t&lt;/sub&gt; ở bước t, quy tắc dây chuyền (chain rule) tính nó bằng cách đi ngược từ cuối, từng bước một (lan truyền ngược qua thời gian, backpropagation through time), mỗi bước nhân với cùng một loại hệ số (với SimpleRNN: trọng số hồi quy nhân với độ dốc của tanh). Nhiều hệ số nhỏ hơn 1 làm gradient &lt;b&gt;biến mất&lt;/b&gt; (vanish): đồ thị bên trái giảm dần về phía bước 1, và điều token đầu tiên cần dạy hầu như không tới nơi (thỉnh thoảng SimpleRNN vẫn tìm ra; phần lớn nó chỉ đoán mò). Hệ số lớn hơn 1 làm gradient &lt;b&gt;bùng nổ&lt;/b&gt; (explode): gradient khổng lồ và những bước nhảy loạn xạ.&lt;br&gt;&lt;b&gt;Cắt gradient&lt;/b&gt; (clipnorm của bộ tối ưu) rút ngắn một gradient quá dài trước khi bước, nên một vụ bùng nổ không thể ném trọng số đi xa; nó không giúp gì cho gradient đã biến mất.&lt;br&gt;&lt;b&gt;LSTM&lt;/b&gt; giữ một trạng thái ô (cell state) đi từ bước này sang bước khác qua cổng quên (forget gate), một phép nhân với một số mà nó học để giữ gần 1, nên gradient có thể đi ngược dọc theo đó: trước khi huấn luyện (nét đứt) phần tới được bước 1 nhiều hơn hẳn so với SimpleRNN, và chính điều đó giúp nó học được token đầu tiên. Khi một mạng đã học xong, hàm mất mát của nó gần 0 và mọi gradient đều nhỏ. (Ở đây cổng quên của nó bắt đầu gần như mở, độ lệch (bias) 3, giữ 95% trạng thái ô mỗi bước; với mặc định 1 của Keras nó giữ 73%, và 0.73&lt;sup&gt;50&lt;/sup&gt; vào khoảng 10&lt;sup&gt;-7&lt;/sup&gt;, nên nó cũng sẽ bắt đầu với một gradient đã biến mất.)</translation>
    </message>
    <message>
        <source>Press Run: three networks learn the same task, one after the other (each takes some seconds).</source>
        <translation>Bấm Chạy: ba mạng lần lượt học cùng một nhiệm vụ (mỗi mạng mất vài giây).</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>không phải số</translation>
    </message>
    <message>
        <source>How many tokens each sequence has: how far back the first token lies.</source>
        <translation>Mỗi chuỗi có bao nhiêu token: token đầu tiên nằm xa về phía trước bao nhiêu.</translation>
    </message>
    <message>
        <source>The SimpleRNN&apos;s recurrent weights start as an orthogonal matrix times this number (the LSTM keeps Keras&apos;s default).</source>
        <translation>Trọng số hồi quy của SimpleRNN bắt đầu là một ma trận trực giao nhân với số này (LSTM giữ mặc định của Keras).</translation>
    </message>
    <message>
        <source>Training steps (batches of 32 sequences) for each network.</source>
        <translation>Số bước huấn luyện (mỗi lô 32 chuỗi) cho mỗi mạng.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Steps in a sequence</source>
        <translation>Số bước trong một chuỗi</translation>
    </message>
    <message>
        <source>SimpleRNN recurrent weight scale</source>
        <translation>Hệ số trọng số hồi quy của SimpleRNN</translation>
    </message>
    <message>
        <source>Updates per network</source>
        <translation>Số lần cập nhật mỗi mạng</translation>
    </message>
    <message>
        <source>Gradient reaching each step: ||dL/dh&lt;sub&gt;t&lt;/sub&gt;||</source>
        <translation>Gradient tới được mỗi bước: ||dL/dh&lt;sub&gt;t&lt;/sub&gt;||</translation>
    </message>
    <message>
        <source>time step t (1 = the token to remember)</source>
        <translation>bước thời gian t (1 = token cần nhớ)</translation>
    </message>
    <message>
        <source>gradient norm (log scale)</source>
        <translation>độ lớn gradient (thang log)</translation>
    </message>
    <message>
        <source>Loss of each update</source>
        <translation>Hàm mất mát của mỗi lần cập nhật</translation>
    </message>
    <message>
        <source>update</source>
        <translation>lần cập nhật</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>cross-entropy</translation>
    </message>
    <message>
        <source>The Keras thread is not running yet: open this again once the app has loaded TensorFlow.</source>
        <translation>Luồng Keras chưa chạy: hãy mở lại mục này khi ứng dụng đã tải xong TensorFlow.</translation>
    </message>
    <message>
        <source>Done. Dashed: before training; solid: after. Press Run to train again (try another weight scale or more steps).</source>
        <translation>Xong. Nét đứt: trước khi huấn luyện; nét liền: sau đó. Bấm Chạy để huấn luyện lại (thử một hệ số trọng số khác hoặc nhiều bước hơn).</translation>
    </message>
    <message>
        <source>Training the {network} ({done} of {total})…</source>
        <translation>Đang huấn luyện {network} ({done} trên {total})…</translation>
    </message>
    <message>
        <source>The {network} could not train: {message}</source>
        <translation>Không huấn luyện được {network}: {message}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{network}&lt;/b&gt;: {accuracy:.0%} of new sequences right (guessing: {chance:.0%}); step 1 gets {first}, the last step {last} (before training {first_before} and {last_before}); longest weight gradient {biggest}.</source>
        <translation>&lt;b&gt;{network}&lt;/b&gt;: đúng {accuracy:.0%} chuỗi mới (đoán mò: {chance:.0%}); bước 1 nhận {first}, bước cuối {last} (trước khi huấn luyện {first_before} và {last_before}); gradient trọng số dài nhất {biggest}.</translation>
    </message>
</context>
</TS>
