// Import list of package protocol in lib/relay/protocol of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package protocol

import (
	_ "errors"
	_ "fmt"
	_ "github.com/calmh/xdr"
	_ "github.com/syncthing/syncthing/lib/protocol"
	_ "io"
	_ "net"
)
