// Import list of package main in examples/ssu of ginuerzh/gost (the import blocks of its non-test files; no code kept)
package main

import (
	_ "bytes"
	_ "github.com/go-gost/gosocks5"
	_ "github.com/shadowsocks/shadowsocks-go/shadowsocks"
	_ "log"
	_ "net"
	_ "strconv"
)
