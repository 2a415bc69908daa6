var calls = 0;

function decodeUplink(input) {
  calls = calls + 1;
  return { data: { calls: calls, recvTime: input.recvTime || null } };
}
