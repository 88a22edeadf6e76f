// Import list of package cnet in share/cnet of jpillora/chisel (the import blocks of its non-test files; no code kept)
package cnet

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/gorilla/websocket"
	_ "github.com/jpillora/chisel/share/cio"
	_ "github.com/jpillora/sizestr"
	_ "golang.org/x/sync/errgroup"
	_ "io"
	_ "net"
	_ "net/http"
	_ "sync"
	_ "sync/atomic"
	_ "time"
)
