// Import list of package chshare in share of jpillora/chisel (the import blocks of its non-test files; no code kept)
package chshare

import (
	_ "github.com/jpillora/chisel/share/ccrypto"
	_ "github.com/jpillora/chisel/share/cio"
	_ "github.com/jpillora/chisel/share/cnet"
	_ "github.com/jpillora/chisel/share/cos"
	_ "github.com/jpillora/chisel/share/settings"
	_ "github.com/jpillora/chisel/share/tunnel"
)
