console.log('back-online');
