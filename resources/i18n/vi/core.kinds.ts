<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>core.kinds</name>
    <message>
        <source>{setting} must be true or false, not {value}</source>
        <translation>{setting} phải là true hoặc false, không phải {value}</translation>
    </message>
    <message>
        <source>{setting} must be one of {choices}, not {value}</source>
        <translation>{setting} phải là một trong {choices}, không phải {value}</translation>
    </message>
    <message>
        <source>{setting} must be text, not {value}</source>
        <translation>{setting} phải là văn bản, không phải {value}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>{setting} must be {what}{range}, not {value}</source>
        <translation>{setting} phải là {what}{range}, không phải {value}</translation>
    </message>
    <message>
        <source>{setting} must be{range}, not {value}</source>
        <translation>{setting} phải{range}, không phải {value}</translation>
    </message>
    <message>
        <source> from {low} to {high}</source>
        <translation> từ {low} đến {high}</translation>
    </message>
    <message>
        <source> of at least {low}</source>
        <translation> ít nhất là {low}</translation>
    </message>
    <message>
        <source> of at most {high}</source>
        <translation> nhiều nhất là {high}</translation>
    </message>
    <message>
        <source>Supervised model</source>
        <translation>Mô hình có giám sát</translation>
    </message>
    <message>
        <source>learns to give the data set&apos;s answer (a class or a value) for each input</source>
        <translation>học cách đưa ra câu trả lời của tập dữ liệu (một lớp (class) hoặc một giá trị) cho mỗi đầu vào</translation>
    </message>
    <message>
        <source>Autoencoder</source>
        <translation>Bộ tự mã hóa (autoencoder)</translation>
    </message>
    <message>
        <source>learns to rebuild each input through a narrow middle layer (its code)</source>
        <translation>học cách dựng lại mỗi đầu vào qua một lớp giữa hẹp (mã của nó)</translation>
    </message>
    <message>
        <source>Variational autoencoder</source>
        <translation>Bộ tự mã hóa biến phân (VAE)</translation>
    </message>
    <message>
        <source>learns to rebuild each input from a random code near the input&apos;s own, so that every point of the code space decodes to something that looks like the data</source>
        <translation>học cách dựng lại mỗi đầu vào từ một mã ngẫu nhiên gần mã của chính nó, để mọi điểm trong không gian mã giải mã ra một thứ trông giống dữ liệu</translation>
    </message>
    <message>
        <source>the id of the Sampling node whose output is the code (the latent node); empty: the graph&apos;s only Sampling node</source>
        <translation>id của nút Sampling có đầu ra là mã (nút ẩn, latent); để trống: nút Sampling duy nhất của đồ thị</translation>
    </message>
    <message>
        <source>epochs between two grids of decoded random codes (deskdl train writes each as a PNG)</source>
        <translation>số epoch giữa hai lưới ảnh giải mã từ các mã ngẫu nhiên (deskdl train lưu mỗi lưới thành một tệp PNG)</translation>
    </message>
    <message>
        <source>Generative adversarial network</source>
        <translation>Mạng đối sinh (GAN)</translation>
    </message>
    <message>
        <source>a generator learns to turn random noise into samples that a discriminator, trained at the same time, cannot tell from the real data</source>
        <translation>bộ sinh (generator) học cách biến nhiễu ngẫu nhiên thành những mẫu mà bộ phân biệt (discriminator), được huấn luyện cùng lúc, không phân biệt được với dữ liệu thật</translation>
    </message>
    <message>
        <source>discriminator updates in each round</source>
        <translation>số lần cập nhật bộ phân biệt trong mỗi vòng</translation>
    </message>
    <message>
        <source>generator updates in each round</source>
        <translation>số lần cập nhật bộ sinh trong mỗi vòng</translation>
    </message>
    <message>
        <source>the discriminator learns to answer 1 - this (not 1) for real samples, so it grows less sure of itself and the generator keeps learning (0.1 is common)</source>
        <translation>bộ phân biệt học trả lời 1 - giá trị này (không phải 1) cho mẫu thật, nên nó bớt tự tin và bộ sinh vẫn tiếp tục học được (thường dùng 0.1)</translation>
    </message>
    <message>
        <source>epochs between two saved sample grids (deskdl train writes each as a PNG)</source>
        <translation>số epoch giữa hai lần lưu lưới mẫu (deskdl train lưu mỗi lưới thành một tệp PNG)</translation>
    </message>
    <message>
        <source>the task the agent learns (gymnasium&apos;s classic control)</source>
        <translation>bài toán mà tác tử (agent) học (classic control của gymnasium)</translation>
    </message>
    <message>
        <source>how many episodes (games, from reset to the end) to train for</source>
        <translation>huấn luyện bao nhiêu lượt chơi (episode: một ván, từ lúc đặt lại đến khi kết thúc)</translation>
    </message>
    <message>
        <source>the discount: how much a reward one step later is worth (0.99: rewards about 100 steps ahead still count)</source>
        <translation>hệ số chiết khấu (discount): một phần thưởng đến sau một bước đáng giá bao nhiêu (0.99: phần thưởng khoảng 100 bước phía trước vẫn được tính)</translation>
    </message>
    <message>
        <source>every this many episodes play 10 greedy episodes (no exploration); if they reach the solved average, play 100 to see if the task is solved (0: never)</source>
        <translation>cứ sau chừng này lượt chơi thì chơi 10 lượt tham lam (greedy, không khám phá); nếu đạt mức trung bình của bài toán đã giải, chơi 100 lượt để xem bài toán đã được giải chưa (0: không bao giờ)</translation>
    </message>
    <message>
        <source>stop once 100 greedy episodes reach the solved average, and keep that network</source>
        <translation>dừng khi 100 lượt chơi tham lam đạt mức trung bình của bài toán đã giải, và giữ lại mạng đó</translation>
    </message>
    <message>
        <source>Deep Q-network (DQN)</source>
        <translation>Mạng Q sâu (DQN)</translation>
    </message>
    <message>
        <source>learns the value of each action in each state (its Q-values) from replayed experience, and acts by picking the action with the largest value</source>
        <translation>học giá trị của mỗi hành động ở mỗi trạng thái (các giá trị Q của nó) từ những trải nghiệm được phát lại, và hành động bằng cách chọn hành động có giá trị lớn nhất</translation>
    </message>
    <message>
        <source>the share of random actions at the start (exploration)</source>
        <translation>tỉ lệ hành động ngẫu nhiên lúc bắt đầu (khám phá)</translation>
    </message>
    <message>
        <source>the share of random actions once exploration has shrunk</source>
        <translation>tỉ lệ hành động ngẫu nhiên khi việc khám phá đã giảm xong</translation>
    </message>
    <message>
        <source>environment steps over which epsilon shrinks from its start to its end</source>
        <translation>số bước trong môi trường mà epsilon giảm dần từ giá trị đầu đến giá trị cuối</translation>
    </message>
    <message>
        <source>how many past steps the replay buffer remembers</source>
        <translation>bộ nhớ phát lại (replay buffer) nhớ bao nhiêu bước đã qua</translation>
    </message>
    <message>
        <source>how many remembered steps each training step learns from</source>
        <translation>mỗi bước huấn luyện học từ bao nhiêu bước đã nhớ</translation>
    </message>
    <message>
        <source>environment steps of acting before the first training step (so the buffer holds varied experience)</source>
        <translation>số bước hành động trong môi trường trước bước huấn luyện đầu tiên (để bộ nhớ có kinh nghiệm đa dạng)</translation>
    </message>
    <message>
        <source>environment steps between two training steps</source>
        <translation>số bước trong môi trường giữa hai bước huấn luyện</translation>
    </message>
    <message>
        <source>training steps between two copies of the network into the target network (which gives the learning targets)</source>
        <translation>số bước huấn luyện giữa hai lần chép mạng sang mạng đích (target network, mạng cho ra mục tiêu học)</translation>
    </message>
    <message>
        <source>huber: like squared error for small errors, but grows only linearly for large ones (steadier); mse: squared error</source>
        <translation>huber: giống sai số bình phương với sai số nhỏ, nhưng chỉ tăng tuyến tính với sai số lớn (ổn định hơn); mse: sai số bình phương</translation>
    </message>
    <message>
        <source>Double DQN: the network picks the next action and the target network values it, which stops Q-values from growing too optimistic</source>
        <translation>Double DQN: mạng chọn hành động tiếp theo và mạng đích định giá nó, nhờ vậy giá trị Q không bị lạc quan quá mức</translation>
    </message>
    <message>
        <source>Policy gradient (REINFORCE)</source>
        <translation>Gradient chính sách (REINFORCE)</translation>
    </message>
    <message>
        <source>learns the probability of each action in each state directly, making the actions of episodes with a high return more likely</source>
        <translation>học trực tiếp xác suất của mỗi hành động ở mỗi trạng thái, làm cho các hành động trong những lượt chơi (episode) có tổng phần thưởng cao được chọn thường hơn</translation>
    </message>
    <message>
        <source>reinforce: weigh each action by the return that followed it; a2c (actor-critic): by how much better the steps after it went than a learned critic expected (each step&apos;s surprise, the nearer ones counting more)</source>
        <translation>reinforce: đặt trọng số cho mỗi hành động bằng phần thưởng tích lũy (return) theo sau nó; a2c (actor-critic): bằng mức các bước sau nó tốt hơn bao nhiêu so với dự đoán của một critic được học (độ bất ngờ của từng bước, bước càng gần càng được tính nhiều)</translation>
    </message>
    <message>
        <source>REINFORCE: subtract a learned estimate of the return (a value network) so only better-than-expected actions become more likely (less noisy learning)</source>
        <translation>REINFORCE: trừ đi một ước lượng return được học (một mạng giá trị) để chỉ những hành động tốt hơn dự đoán mới trở nên dễ được chọn hơn (học ít nhiễu hơn)</translation>
    </message>
    <message>
        <source>scale each episode&apos;s weights to mean 0 and spread 1, so the step size does not depend on the size of the rewards</source>
        <translation>chuẩn hóa trọng số của mỗi lượt chơi về trung bình 0 và độ phân tán 1, để bước học không phụ thuộc vào độ lớn của phần thưởng</translation>
    </message>
    <message>
        <source>a bonus for keeping the policy random (exploration); 0.01 is common</source>
        <translation>phần thưởng thêm để chính sách (policy) giữ được tính ngẫu nhiên (khám phá); thường dùng 0.01</translation>
    </message>
    <message>
        <source>the critic (value network: A2C, or REINFORCE&apos;s baseline) learns with the learning rate times this; a critic that keeps up with the policy gives it better weights (the A2C template uses 3)</source>
        <translation>critic (mạng giá trị: A2C, hoặc baseline của REINFORCE) học với tốc độ học nhân với số này; một critic theo kịp chính sách sẽ cho nó trọng số tốt hơn (mẫu A2C dùng 3)</translation>
    </message>
    <message>
        <source>A2C: how far each action&apos;s weight looks past its own step&apos;s surprise (0: that step only; 1: to the episode&apos;s end, like REINFORCE)</source>
        <translation>A2C: trọng số của mỗi hành động nhìn xa đến đâu sau độ bất ngờ của chính bước đó (0: chỉ bước đó; 1: đến hết lượt chơi, như REINFORCE)</translation>
    </message>
    <message>
        <source>Sequence generation</source>
        <translation>Sinh chuỗi</translation>
    </message>
    <message>
        <source>learns which character comes next after a window of text, then writes new text (or tunes) one character at a time from its own guesses</source>
        <translation>học xem ký tự nào đến tiếp sau một cửa sổ văn bản, rồi viết văn bản (hoặc bản nhạc) mới từng ký tự một từ chính các dự đoán của nó</translation>
    </message>
    <message>
        <source>while it trains, samples are written at these temperatures (numbers separated by commas): low = safe and repetitive, 1 = the model&apos;s own odds, above 1 = wilder</source>
        <translation>trong khi huấn luyện, các mẫu được viết ở những nhiệt độ (temperature) này (các số cách nhau bằng dấu phẩy): thấp = an toàn và lặp lại, 1 = đúng xác suất của mô hình, trên 1 = phóng khoáng hơn</translation>
    </message>
    <message>
        <source>seconds between two samples while it trains</source>
        <translation>số giây giữa hai mẫu trong khi huấn luyện</translation>
    </message>
    <message>
        <source>characters in each sample</source>
        <translation>số ký tự của mỗi mẫu</translation>
    </message>
    <message>
        <source>the text each sample starts from (empty: the start of the training text)</source>
        <translation>đoạn văn bản mà mỗi mẫu bắt đầu từ đó (để trống: phần đầu của văn bản huấn luyện)</translation>
    </message>
    <message>
        <source>Sequence to sequence (attention)</source>
        <translation>Chuỗi sang chuỗi (attention)</translation>
    </message>
    <message>
        <source>learns an answer at every step of a sequence (reverse or sort digits), while the attention maps of one test example show which steps each step looks at</source>
        <translation>học một câu trả lời ở mỗi bước của một chuỗi (đảo ngược hoặc sắp xếp chữ số), trong khi bản đồ chú ý (attention) của một ví dụ kiểm tra cho thấy mỗi bước nhìn vào những bước nào</translation>
    </message>
    <message>
        <source>seconds between two attention maps while it trains</source>
        <translation>số giây giữa hai lần vẽ bản đồ chú ý trong khi huấn luyện</translation>
    </message>
    <message>
        <source>which test sequence&apos;s attention maps are shown (its number)</source>
        <translation>bản đồ chú ý của chuỗi kiểm tra nào được hiển thị (số thứ tự của nó)</translation>
    </message>
    <message>
        <source>Debiasing with a VAE</source>
        <translation>Giảm thiên lệch với VAE</translation>
    </message>
    <message>
        <source>trains the classifier twice on a biased data set, once as it is and once with each picture weighted by how rare a small VAE finds it, and compares their accuracy on each subgroup</source>
        <translation>huấn luyện bộ phân loại hai lần trên một tập dữ liệu thiên lệch, một lần như nó vốn có và một lần với mỗi ảnh được đặt trọng số theo mức hiếm mà một VAE nhỏ đánh giá, rồi so sánh độ chính xác của chúng trên từng nhóm con</translation>
    </message>
    <message>
        <source>code numbers of the VAE that looks for rare pictures</source>
        <translation>số thành phần mã của VAE dùng để tìm các ảnh hiếm</translation>
    </message>
    <message>
        <source>epochs the VAE trains on the training pictures (it sees no labels)</source>
        <translation>số epoch VAE huấn luyện trên các ảnh huấn luyện (nó không thấy nhãn)</translation>
    </message>
    <message>
        <source>the weight of the VAE&apos;s KL term (1 / pixels is the textbook value)</source>
        <translation>trọng số của thành phần KL trong VAE (1 / số điểm ảnh là giá trị theo sách giáo khoa)</translation>
    </message>
    <message>
        <source>bins of each code number&apos;s histogram, which estimates how common a code is</source>
        <translation>số ô (bin) trong biểu đồ tần suất của mỗi thành phần mã, dùng để ước lượng một mã phổ biến đến đâu</translation>
    </message>
    <message>
        <source>smoothing added to each bin&apos;s share before weighting by 1 / density: small = rare pictures get much more weight, large = the weights move towards 1</source>
        <translation>độ làm mịn cộng vào tỉ lệ của mỗi ô trước khi đặt trọng số theo 1 / mật độ: nhỏ = ảnh hiếm được trọng số lớn hơn nhiều, lớn = các trọng số tiến về 1</translation>
    </message>
    <message>
        <source>how the weights act. resample: each epoch draws the training pictures at random with replacement, each with a chance proportional to its weight, so rare pictures come up more often (as Amini et al. do); weight: every picture once an epoch, its loss multiplied by its weight</source>
        <translation>cách các trọng số tác động. resample: mỗi epoch rút ngẫu nhiên có hoàn lại các ảnh huấn luyện, mỗi ảnh với xác suất tỉ lệ với trọng số của nó, nên ảnh hiếm xuất hiện thường hơn (như Amini và cộng sự làm); weight: mỗi ảnh một lần mỗi epoch, hàm mất mát của nó nhân với trọng số của nó</translation>
    </message>
    <message>
        <source>Classifier with attention</source>
        <translation>Bộ phân loại có cơ chế chú ý (attention)</translation>
    </message>
    <message>
        <source>learns one answer for a whole sequence (is a review positive?) while the attention maps of one test example show which words each word looks at</source>
        <translation>học một câu trả lời cho cả một chuỗi (bài nhận xét có tích cực không?) trong khi bản đồ chú ý của một ví dụ kiểm tra cho thấy mỗi từ nhìn vào những từ nào</translation>
    </message>
    <message>
        <source>this deskdl does not know the project kind {kind}</source>
        <translation>phiên bản deskdl này không biết loại dự án {kind}</translation>
    </message>
    <message>
        <source>use one of {kinds}, or update deskdl</source>
        <translation>dùng một trong các loại {kinds}, hoặc cập nhật deskdl</translation>
    </message>
</context>
</TS>
