// Package numbered writes runs of numbered names, prefix1, prefix2, ...,
// prefixN, into one string: the IDs of a document's events ("e1", "e2")
// and the anchor names of its mentions ("mention:t1"), cut from it rather
// than allocated and formatted one by one.
package numbered

import "strconv"

// Names returns the names prefix+"1" to prefix+strconv.Itoa(n) written
// one after another in all; name k (counted from 0) ends at ends[k] and
// begins where name k-1 ends (at 0 for the first).
//
// Each name is the one before counted up in decimal, its last digit added
// to in place and the carry run through its nines: strconv formatting
// each number cost some 135 instructions a name. When every name fits in
// sixteen bytes, each is written by one copy of sixteen bytes, whatever
// its length, where appending the prefix and the digits (a call of
// memmove) cost some forty instructions a name more.
func Names(prefix string, n int) (all string, ends []int32) {
	if n <= 0 {
		return "", nil
	}
	longest := len(prefix) + len(strconv.Itoa(n))
	if longest > 16 {
		return appended(prefix, n)
	}
	// b has room for sixteen bytes past the last name's start; the string
	// is cut from it.
	b := make([]byte, n*longest+16)
	ends = make([]int32, n)
	var name [16]byte // the name before: the prefix and its digits
	p := copy(name[:], prefix)
	name[p&15] = '0'
	end := p + 1
	at := 0
	for k := range n {
		j := end - 1
		for j >= p && name[j&15] == '9' {
			name[j&15] = '0'
			j--
		}
		if j < p { // a carry past the first digit: a digit longer
			name[p&15], name[end&15] = '1', '0'
			end++
		} else {
			name[j&15]++
		}
		*(*[16]byte)(b[at : at+16]) = name
		at += end
		ends[k] = int32(at)
	}
	return string(b[:at]), ends
}

// appended is Names appending each name, for names longer than sixteen
// bytes.
func appended(prefix string, n int) (string, []int32) {
	b := make([]byte, 0, n*(len(prefix)+len(strconv.Itoa(n))))
	ends := make([]int32, n)
	digits := []byte{'0'}
	for k := range n {
		digits = countUp(digits)
		b = append(b, prefix...)
		b = append(b, digits...)
		ends[k] = int32(len(b))
	}
	return string(b), ends
}

// countUp adds one to the decimal number in digits, in place but for a
// carry past its first digit.
func countUp(digits []byte) []byte {
	for k := len(digits) - 1; k >= 0; k-- {
		if digits[k] < '9' {
			digits[k]++
			return digits
		}
		digits[k] = '0'
	}
	return append([]byte{'1'}, digits...)
}
