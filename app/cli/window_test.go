package cli

import (
	"testing"
	"time"
)

func TestWindowBytes(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		sizes    []int64
		inFlight int
		want     int64
	}{
		{nil, 4, windowFloor},
		{[]int64{3000, 5000, 2000}, 4, windowFloor},            // small articles: the floor
		{[]int64{10 * mb, 1 * mb, 3 * mb, 8 * mb}, 2, 18 * mb}, // the two largest
		{[]int64{-1, 6 * mb}, 4, 6 * mb},                       // unmeasured ones add nothing
		{[]int64{-1, -1}, 2, windowFloor},
	}
	for _, tt := range tests {
		if got := windowBytes(tt.sizes, tt.inFlight); got != tt.want {
			t.Errorf("windowBytes(%v, %d) = %d, want %d", tt.sizes, tt.inFlight, got, tt.want)
		}
	}
}

// The calls that must return are made directly: one that blocked would
// hang the test, which go test's timeout fails. Only "must wait" is checked
// against a clock, and a slow machine can make that check pass, never fail.
func TestByteWindow(t *testing.T) {
	w := newByteWindow(100)
	if !w.acquire(250) {
		t.Fatal("an empty window refused an article larger than itself; it must let one in")
	}
	w.release(250)
	for _, size := range []int64{40, 60} {
		if !w.acquire(size) {
			t.Fatalf("a window with room refused %d bytes", size)
		}
	}
	// Full: the next article waits until one is printed.
	done := make(chan bool, 1)
	go func() { done <- w.acquire(30) }()
	select {
	case <-done:
		t.Fatal("a full window let another article in")
	case <-time.After(50 * time.Millisecond):
	}
	w.release(40)
	if !<-done {
		t.Fatal("after a release the waiting article was refused")
	}
	// Closed: a waiting acquire and any later one return false.
	go func() { done <- w.acquire(90) }()
	w.close()
	if <-done {
		t.Error("an acquire waiting when the window closed returned true")
	}
	if w.acquire(1) {
		t.Error("an acquire on a closed window returned true")
	}
}
