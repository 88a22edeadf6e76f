// Import list of package main in . of jpillora/chisel (the import blocks of its non-test files; no code kept)
package main

import (
	_ "flag"
	_ "fmt"
	_ "github.com/jpillora/chisel/client"
	_ "github.com/jpillora/chisel/server"
	_ "github.com/jpillora/chisel/share"
	_ "github.com/jpillora/chisel/share/ccrypto"
	_ "github.com/jpillora/chisel/share/cos"
	_ "github.com/jpillora/chisel/share/settings"
	_ "log"
	_ "net/http"
	_ "os"
	_ "runtime"
	_ "strconv"
	_ "strings"
	_ "time"
)
