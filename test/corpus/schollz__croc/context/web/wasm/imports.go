// Import list of package main in web/wasm of schollz/croc (the import blocks of its non-test files; no code kept)
package main

import (
	_ "crypto/cipher"
	_ "crypto/sha256"
	_ "fmt"
	_ "github.com/cespare/xxhash/v2"
	_ "github.com/schollz/croc/v11/src/codephrase"
	_ "github.com/schollz/croc/v11/src/compress"
	_ "github.com/schollz/croc/v11/src/crypt"
	_ "github.com/schollz/croc/v11/src/pakekey"
	_ "github.com/schollz/croc/v11/src/storecrypto"
	_ "github.com/schollz/pake/v3"
	_ "hash"
	_ "math"
	_ "sync"
	_ "syscall/js"
)
