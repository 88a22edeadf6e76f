// Import list of package vnet in pkg/vnet of fatedier/frp (the import blocks of its non-test files; no code kept)
package vnet

import (
	_ "context"
	_ "crypto/sha256"
	_ "encoding/base64"
	_ "encoding/binary"
	_ "encoding/hex"
	_ "fmt"
	_ "github.com/fatedier/frp/pkg/config/v1"
	_ "github.com/fatedier/frp/pkg/util/log"
	_ "github.com/fatedier/frp/pkg/util/xlog"
	_ "github.com/fatedier/golib/pool"
	_ "github.com/songgao/water/waterutil"
	_ "github.com/vishvananda/netlink"
	_ "golang.org/x/net/ipv4"
	_ "golang.org/x/net/ipv6"
	_ "golang.zx2c4.com/wireguard/tun"
	_ "io"
	_ "net"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "sync"
)
