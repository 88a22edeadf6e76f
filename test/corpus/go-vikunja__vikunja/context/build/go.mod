module code.vikunja.io/build

go 1.27.0

require github.com/magefile/mage v1.17.2
